// The dialogue meeting page: enter or edit a meeting with its politicians (from the register and free text) and
// its sign-up by QR; the organiser sees the sign-ups and exports them as CSV.
'use strict';

Isk.pages.meeting = async () => {
  const form = document.getElementById('meeting-form');
  const account = Isk.session.account;
  const all = await Isk.areas();
  const areas = account.role === 'admin' ? all : all.filter(a => account.areas.includes(a.slug));
  for (const a of areas) form.area.append(Isk.el('option', {value: a.slug}, a.name));
  const politicians = await Isk.api('GET', '/api/v1/politicians');
  const picker = document.getElementById('m-politicianIds');
  if (politicians.length === 0) picker.append(Isk.el('p', {className: 'empty'}, Isk.t('meeting.politiciansNone')));
  for (const p of politicians) {
    const label = p.party ? p.name + ' (' + p.party + ')' : p.name;
    picker.append(Isk.el('label', {}, Isk.el('input', {type: 'checkbox', name: 'politicianIds', value: p.id}), label));
  }
  const submit = form.querySelector('button[type=submit]');
  const heading = document.getElementById('meeting-form-heading');
  let editing = null;
  const fill = m => {
    editing = m;
    form.reset();
    if (m) {
      form.area.value = m.area; form.title.value = m.title; form.committee.value = m.committee || '';
      form.politicians.value = (m.politicians || []).join('\n'); form.location.value = m.location || '';
      form.start.value = Isk.toLocal(m.start); form.end.value = Isk.toLocal(m.end); form.signUp.value = m.signUp || '';
      form.organiser.value = m.organiser || '';
      form.signUpEnabled.checked = !!m.signUpEnabled;
      form.capacity.value = m.capacity || '';
      form.signUpDeadline.value = Isk.toLocal(m.signUpDeadline);
      picker.querySelectorAll('input').forEach(i => { i.checked = (m.politicianIds || []).includes(i.value); });
    }
    heading.textContent = m ? Isk.t('meeting.editHeading', m.title) : Isk.t('meeting.newHeading');
    submit.textContent = Isk.t(m ? 'meeting.save' : 'meeting.submit');
    document.getElementById('meeting-cancel').hidden = !m;
  };
  const list = document.getElementById('meetings');
  const render = async () => {
    const meetings = await Isk.api('GET', '/api/v1/meetings');
    document.getElementById('meetings-empty').hidden = meetings.length > 0;
    const names = Object.fromEntries(politicians.map(p => [p.id, p.party ? p.name + ' (' + p.party + ')' : p.name]));
    list.replaceChildren(...meetings.map(m => {
      const who = (m.politicianIds || []).map(id => names[id] || id).concat(m.politicians || []);
      const organiser = account.role === 'admin' || m.authorId === account.id;
      return Isk.el('li', {className: 'card'},
        Isk.el('h3', {lang: 'da'}, m.title),
        Isk.el('dl', {className: 'facts'},
          Isk.el('dt', {}, Isk.t('meeting.area')), Isk.el('dd', {}, Isk.areaName(m.area)),
          Isk.el('dt', {}, Isk.t('meeting.start')), Isk.el('dd', {}, Isk.when(m.start)),
          Isk.el('dt', {}, Isk.t('meeting.location')), Isk.el('dd', {}, m.location),
          m.committee ? [Isk.el('dt', {}, Isk.t('meeting.committee')), Isk.el('dd', {}, m.committee)] : null,
          who.length ? [Isk.el('dt', {}, Isk.t('meeting.politicians')), Isk.el('dd', {}, who.join(', '))] : null,
          m.code ? [Isk.el('dt', {}, Isk.t('meeting.signUpPage')),
            Isk.el('dd', {}, Isk.el('a', {href: '/m/' + encodeURIComponent(m.code)}, '/m/' + m.code))] : null,
          m.signUp ? [Isk.el('dt', {}, Isk.t('meeting.signUpShort')), Isk.el('dd', {}, m.signUp)] : null),
        Isk.el('div', {className: 'actions'},
          m.code && organiser ? Isk.el('button', {type: 'button', className: 'secondary',
            'aria-label': Isk.t('meeting.signUpsNamed', m.title), onclick: () => showSignUps(m)}, Isk.t('meeting.signUps')) : null,
          Isk.el('button', {type: 'button', className: 'secondary', 'aria-label': Isk.t('meeting.editNamed', m.title),
            onclick: () => { fill(m); form.title.focus(); }}, Isk.t('meeting.edit')),
          Isk.el('button', {type: 'button', className: 'danger', 'aria-label': Isk.t('meeting.deleteNamed', m.title), onclick: async () => {
            if (!confirm(Isk.t('meeting.confirmDelete', m.title))) return;
            try {
              await Isk.api('DELETE', '/api/v1/meetings/' + encodeURIComponent(m.id));
              if (editing && editing.id === m.id) fill(null);
              Isk.status(Isk.t('meeting.deleted'));
              await render();
            } catch (e) { Isk.pageError(e); }
          }}, Isk.t('meeting.delete'))));
    }));
  };
  const showSignUps = async m => {
    try {
      const rows = await Isk.api('GET', '/api/v1/meetings/' + encodeURIComponent(m.id) + '/signups');
      const panel = document.getElementById('signups');
      const title = document.getElementById('signups-heading');
      title.textContent = Isk.t('signups.heading', m.title);
      document.getElementById('signups-csv').href = '/api/v1/meetings/' + encodeURIComponent(m.id) + '/signups.csv';
      const table = document.getElementById('signups-table');
      table.tBodies[0].replaceChildren(...rows.map(s => Isk.el('tr', {},
        Isk.el('td', {}, s.name), Isk.el('td', {}, s.contact), Isk.el('td', {}, String(s.people)), Isk.el('td', {}, s.question))));
      Isk.labelCells(table);
      table.hidden = rows.length === 0;
      document.getElementById('signups-empty').hidden = rows.length > 0;
      panel.hidden = false;
      title.focus();
    } catch (e) { Isk.pageError(e); }
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const capacity = form.capacity.value.trim();
    const body = {
      area: form.area.value, title: form.title.value, committee: form.committee.value,
      politicianIds: Isk.checked(form, 'politicianIds'),
      politicians: form.politicians.value.split('\n').map(s => s.trim()).filter(Boolean),
      organiser: form.organiser.value,
      location: form.location.value, start: Isk.toInstant(form.start.value), end: Isk.toInstant(form.end.value),
      signUp: form.signUp.value, signUpEnabled: form.signUpEnabled.checked,
      capacity: capacity ? Number(capacity) : null, signUpDeadline: Isk.toInstant(form.signUpDeadline.value),
    };
    try {
      const saved = editing ? await Isk.api('PUT', '/api/v1/meetings/' + encodeURIComponent(editing.id), body)
        : await Isk.api('POST', '/api/v1/meetings', body);
      fill(null);
      Isk.status(Isk.t(saved.status === 'pending' ? 'meeting.savedPending' : 'meeting.saved'));
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  document.getElementById('meeting-cancel').addEventListener('click', () => fill(null));
  fill(null);
  await render();
};
