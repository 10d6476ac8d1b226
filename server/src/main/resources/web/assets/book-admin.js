// /admin/book-en-politiker: the requests, their status (ny, i gang, aftalt, afvist with a reason), politicians and
// date; an agreed request becomes a dialogue meeting on the area's screens in one step.
'use strict';

Isk.pages.bookAdmin = async () => {
  await Isk.areas();
  const politicians = await Isk.api('GET', '/api/v1/politicians');
  const list = document.getElementById('requests');
  const render = async () => {
    const requests = await Isk.api('GET', '/api/v1/book');
    document.getElementById('requests-empty').hidden = requests.length > 0;
    list.replaceChildren(...requests.map(r => card(r, politicians, render)));
  };
  await render();
};

function card(r, politicians, render) {
  const id = 'r-' + r.id;
  const field = (name, label, input) => Isk.el('div', {className: 'field'},
    Isk.el('label', {htmlFor: id + '-' + name}, label), input,
    Isk.el('p', {className: 'field-error', id: id + '-' + name + '-error', hidden: true}));
  const status = Isk.el('select', {id: id + '-status', name: 'status', dataset: {field: 'status', errorId: id + '-status-error'}},
    ['new', 'in_progress', 'agreed', 'rejected'].map(s => Isk.el('option', {value: s, selected: s === r.status}, Isk.t('bookStatus.' + s))));
  const reason = Isk.el('input', {id: id + '-reason', name: 'reason', value: r.reason || '', maxLength: 1000,
    dataset: {field: 'reason', errorId: id + '-reason-error'}, 'aria-describedby': id + '-reason-error'});
  const start = Isk.el('input', {id: id + '-agreedStart', name: 'agreedStart', type: 'datetime-local', value: Isk.toLocal(r.agreedStart),
    dataset: {field: 'agreedStart', errorId: id + '-agreedStart-error'}, 'aria-describedby': id + '-agreedStart-error'});
  const who = Isk.el('fieldset', {id: id + '-politicianIds', dataset: {field: 'politicianIds', errorId: id + '-politicianIds-error'}},
    Isk.el('legend', {}, Isk.t('bookAdmin.politicians')),
    politicians.map(p => Isk.el('label', {}, Isk.el('input', {type: 'checkbox', name: 'politicianIds', value: p.id,
      checked: (r.politicianIds || []).includes(p.id)}), p.party ? p.name + ' (' + p.party + ')' : p.name)),
    Isk.el('p', {className: 'field-error', id: id + '-politicianIds-error', hidden: true}));
  const form = Isk.el('form', {noValidate: true, 'aria-label': Isk.t('bookAdmin.handle', r.requester)},
    field('status', Isk.t('bookAdmin.status'), status), field('reason', Isk.t('bookAdmin.reason'), reason),
    who, field('agreedStart', Isk.t('bookAdmin.agreedStart'), start),
    Isk.el('p', {className: 'form-error', role: 'alert', hidden: true}),
    Isk.el('div', {className: 'actions'}, Isk.el('button', {type: 'submit'}, Isk.t('bookAdmin.save'))));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      await Isk.api('PUT', '/api/v1/book/' + encodeURIComponent(r.id), {status: status.value, reason: reason.value,
        politicianIds: Isk.checked(form, 'politicianIds'), agreedStart: Isk.toInstant(start.value)});
      Isk.status(Isk.t('bookAdmin.saved', r.requester));
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  return Isk.el('li', {className: 'card'},
    Isk.el('h3', {}, r.requester),
    Isk.el('p', {}, Isk.el('span', {className: 'badge ' + (r.status === 'new' ? 'new' : r.status === 'rejected' ? 'rejected' : 'ok')},
      Isk.t('bookStatus.' + r.status))),
    Isk.el('dl', {className: 'facts'},
      Isk.el('dt', {}, Isk.t('book.area')), Isk.el('dd', {}, Isk.areaName(r.area)),
      Isk.el('dt', {}, Isk.t('book.topic')), Isk.el('dd', {}, r.topic),
      Isk.el('dt', {}, Isk.t('book.dates')), Isk.el('dd', {}, r.dateOptions.map(Isk.when).join('; ')),
      Isk.el('dt', {}, Isk.t('book.audience')), Isk.el('dd', {}, String(r.audience)),
      Isk.el('dt', {}, Isk.t('book.contact')), Isk.el('dd', {}, r.contact)),
    form, r.meetingId ? Isk.el('p', {}, Isk.t('bookAdmin.isMeeting')) : meetingForm(r, id, render));
}

function meetingForm(r, id, render) {
  const location = Isk.el('input', {id: id + '-location', name: 'location', maxLength: 300,
    dataset: {field: 'location', errorId: id + '-location-error'}, 'aria-describedby': id + '-location-error'});
  const signUp = Isk.el('input', {type: 'checkbox', id: id + '-signUp', name: 'signUpEnabled', checked: true});
  const capacity = Isk.el('input', {id: id + '-capacity', name: 'capacity', type: 'number', min: 1,
    dataset: {field: 'capacity', errorId: id + '-capacity-error'}, 'aria-describedby': id + '-capacity-error'});
  const form = Isk.el('form', {noValidate: true, 'aria-label': Isk.t('bookAdmin.makeMeetingFor', r.requester)},
    Isk.el('h4', {}, Isk.t('bookAdmin.makeMeeting')),
    Isk.el('div', {className: 'field'}, Isk.el('label', {htmlFor: id + '-location'}, Isk.t('meeting.location')), location,
      Isk.el('p', {className: 'field-error', id: id + '-location-error', hidden: true})),
    Isk.el('label', {className: 'check'}, signUp, Isk.t('meeting.signUpEnabled')),
    Isk.el('div', {className: 'field'}, Isk.el('label', {htmlFor: id + '-capacity'}, Isk.t('meeting.capacity')), capacity,
      Isk.el('p', {className: 'field-error', id: id + '-capacity-error', hidden: true})),
    Isk.el('p', {className: 'form-error', role: 'alert', hidden: true}),
    Isk.el('div', {className: 'actions'}, Isk.el('button', {type: 'submit'}, Isk.t('bookAdmin.makeMeeting'))));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      await Isk.api('POST', '/api/v1/book/' + encodeURIComponent(r.id) + '/meeting', {location: location.value,
        signUpEnabled: signUp.checked, capacity: capacity.value ? Number(capacity.value) : null});
      Isk.status(Isk.t('bookAdmin.meetingMade', r.requester));
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  return form;
}
