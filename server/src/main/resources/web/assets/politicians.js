// The administrators' register of politicians: add, edit, delete. Meetings pick from it.
'use strict';

Isk.pages.politicians = async () => {
  const form = document.getElementById('politician-form');
  const submit = form.querySelector('button[type=submit]');
  const heading = document.getElementById('politician-form-heading');
  let editing = null;
  const fill = p => {
    editing = p;
    form.reset();
    if (p) {
      form.name.value = p.name; form.party.value = p.party || ''; form.committees.value = (p.committees || []).join('\n');
    }
    heading.textContent = p ? Isk.t('politicians.editHeading', p.name) : Isk.t('politicians.newHeading');
    submit.textContent = Isk.t(p ? 'politicians.save' : 'politicians.create');
    document.getElementById('politician-cancel').hidden = !p;
  };
  const list = document.getElementById('politicians');
  const render = async () => {
    const all = await Isk.api('GET', '/api/v1/politicians');
    document.getElementById('politicians-empty').hidden = all.length > 0;
    list.replaceChildren(...all.map(p => Isk.el('li', {className: 'card'},
      Isk.el('h3', {}, p.party ? p.name + ' (' + p.party + ')' : p.name),
      (p.committees || []).length ? Isk.el('p', {}, p.committees.join(', ')) : null,
      Isk.el('div', {className: 'actions'},
        Isk.el('button', {type: 'button', className: 'secondary', 'aria-label': Isk.t('politicians.editNamed', p.name),
          onclick: () => { fill(p); form.name.focus(); }}, Isk.t('politicians.edit')),
        Isk.el('button', {type: 'button', className: 'danger', 'aria-label': Isk.t('politicians.deleteNamed', p.name),
          onclick: async () => {
            if (!confirm(Isk.t('politicians.confirmDelete', p.name))) return;
            try {
              await Isk.api('DELETE', '/api/v1/politicians/' + encodeURIComponent(p.id));
              if (editing && editing.id === p.id) fill(null);
              Isk.status(Isk.t('politicians.deleted'));
              await render();
            } catch (e) { Isk.pageError(e); }
          }}, Isk.t('politicians.delete'))))));
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = {name: form.name.value, party: form.party.value,
      committees: form.committees.value.split('\n').map(s => s.trim()).filter(Boolean)};
    try {
      if (editing) await Isk.api('PUT', '/api/v1/politicians/' + encodeURIComponent(editing.id), body);
      else await Isk.api('POST', '/api/v1/politicians', body);
      fill(null);
      Isk.status(Isk.t('politicians.saved'));
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  document.getElementById('politician-cancel').addEventListener('click', () => fill(null));
  fill(null);
  await render();
};
