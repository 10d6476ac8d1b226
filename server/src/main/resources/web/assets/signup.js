// The public page of a dialogue meeting, /m/{code}, reached by the QR code on a screen: what, when, where, who,
// and the sign-up form (no account). A link with ?afmeld=CODE cancels a sign-up.
'use strict';

Isk.pages.signup = async () => {
  const code = decodeURIComponent(location.pathname.split('/')[2] || '');
  const api = '/api/v1/signup/' + encodeURIComponent(code);
  const cancelCode = new URLSearchParams(location.search).get('afmeld');
  let meeting;
  try {
    meeting = await Isk.api('GET', api);
  } catch (e) {
    Isk.pageError(e.status === 404 ? Object.assign(new Error(Isk.t('signup.notFound')), {status: 404}) : e);
    return;
  }
  Isk.heading(meeting.title);
  showMeeting(meeting);
  if (cancelCode) {
    showCancel(api, cancelCode);
    return;
  }
  const form = document.getElementById('signup-form');
  form.hidden = !meeting.open;
  form.people.max = meeting.seatsLeft == null ? 20 : Math.min(20, meeting.seatsLeft);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const people = Number(form.people.value || '1');
    const body = {name: form.name.value, contact: form.contact.value, people,
      question: form.question.value, website: form.website.value};
    try {
      const done = await Isk.api('POST', api, body);
      form.hidden = true;
      const who = people === 1 ? Isk.t('signup.person') : Isk.t('signup.persons', people);
      document.getElementById('confirmation-text').textContent =
        Isk.t('signup.confirmedText', who, meeting.title, Isk.when(meeting.start));
      document.getElementById('cancel-code').textContent = done.cancelCode;
      document.getElementById('cancel-link').href = location.pathname + '?afmeld=' + encodeURIComponent(done.cancelCode);
      document.getElementById('confirmation').hidden = false;
      document.getElementById('confirmation-heading').focus();
      showMeeting(await Isk.api('GET', api));
    } catch (e) { Isk.showError(form, e); }
  });
};

function showMeeting(m) {
  const fact = (key, value) => value ? [Isk.el('dt', {}, Isk.t(key)), Isk.el('dd', {}, value)] : null;
  const who = (m.politicians || []).length ? Isk.el('ul', {className: 'plain'}, m.politicians.map(p => Isk.el('li', {}, p))) : null;
  document.getElementById('meeting-facts').replaceChildren(...[
    fact('signup.when', Isk.when(m.start)), fact('signup.where', m.location), fact('signup.area', m.area),
    fact('signup.who', who), fact('signup.committee', m.committee), fact('signup.organiser', m.organiser),
    fact('signup.deadline', Isk.when(m.closes))].flat().filter(Boolean));
  const seats = document.getElementById('seats');
  seats.textContent = m.seatsLeft == null ? '' : m.seatsLeft === 0 ? Isk.t('signup.full')
    : m.seatsLeft === 1 ? Isk.t('signup.seatLeft') : Isk.t('signup.seatsLeft', m.seatsLeft);
  const closed = document.getElementById('closed');
  closed.textContent = m.closedReason || '';
  closed.hidden = !m.closedReason;
  document.getElementById('meeting-info').hidden = false;
}

function showCancel(api, cancelCode) {
  const box = document.getElementById('cancel');
  box.hidden = false;
  document.getElementById('cancel-button').addEventListener('click', async () => {
    try {
      await Isk.api('DELETE', api + '/' + encodeURIComponent(cancelCode));
      box.hidden = true;
      Isk.status(Isk.t('signup.cancelled'));
    } catch (e) {
      const err = box.querySelector('.form-error');
      err.textContent = e.message;
      err.hidden = false;
    }
  });
}
