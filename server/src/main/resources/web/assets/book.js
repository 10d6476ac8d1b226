// The public Book-en-Politiker page: the request form (no account), and with ?sag=CODE the request's status.
'use strict';

Isk.pages.book = async () => {
  const code = new URLSearchParams(location.search).get('sag');
  if (code) {
    await showStatus(code);
    return;
  }
  const form = document.getElementById('book-form');
  const areas = await Isk.areas();
  const wanted = new URLSearchParams(location.search).get('omraade');
  form.area.append(Isk.el('option', {value: ''}, Isk.t('book.chooseArea')));
  for (const a of areas) form.area.append(Isk.el('option', {value: a.slug, selected: a.slug === wanted}, a.name));
  form.hidden = false;
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = {requester: form.requester.value, area: form.area.value, topic: form.topic.value,
      dateOptions: [form.date1.value, form.date2.value, form.date3.value].filter(Boolean).map(Isk.toInstant),
      audience: form.audience.value ? Number(form.audience.value) : null, contact: form.contact.value,
      website: form.website.value};
    try {
      const done = await Isk.api('POST', '/api/v1/book', body);
      form.hidden = true;
      document.getElementById('book-status-link').href = '/book-en-politiker?sag=' + encodeURIComponent(done.statusCode);
      document.getElementById('book-sent').hidden = false;
      document.getElementById('book-sent-heading').focus();
    } catch (e) { Isk.showError(form, e); }
  });
};

async function showStatus(code) {
  const r = await Isk.api('GET', '/api/v1/book/status/' + encodeURIComponent(code));
  const fact = (key, value) => value ? [Isk.el('dt', {}, Isk.t(key)), Isk.el('dd', {}, value)] : null;
  const meeting = r.meetingCode ? Isk.el('a', {href: '/m/' + encodeURIComponent(r.meetingCode)}, Isk.t('book.meetingLink')) : null;
  document.getElementById('book-status-facts').replaceChildren(...[
    fact('book.area', r.area), fact('book.topic', r.topic), fact('book.status', Isk.t('bookStatus.' + r.status)),
    fact('book.reason', r.reason), fact('book.politicians', (r.politicians || []).join('; ')),
    fact('book.agreedStart', r.agreedStart ? Isk.when(r.agreedStart) : ''), fact('book.meeting', meeting),
  ].flat().filter(Boolean));
  document.getElementById('book-status').hidden = false;
}
