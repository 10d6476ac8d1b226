// On /admin/omraader, after the areas table (manage.js): who to contact in each area with an idea, shown on its
// screens as "Har du en idé?", and whether they show "Book en politiker".
'use strict';

{
  const areasPage = Isk.pages.areas;
  Isk.pages.areas = async () => {
    await areasPage();
    await contactForm();
  };
}

async function contactForm() {
  const form = document.getElementById('contact-form');
  const fields = ['lokalforumName', 'lokalforumContact', 'personName', 'personPhone', 'personEmail', 'link'];
  for (const a of await Isk.areas()) form.area.append(Isk.el('option', {value: a.slug}, a.name));
  const load = async () => {
    Isk.clearErrors(form);
    const c = await Isk.api('GET', '/api/v1/areas/' + encodeURIComponent(form.area.value) + '/contact');
    for (const f of fields) form[f].value = c[f] || '';
    form.bookSlide.checked = c.bookSlide !== false;
    showPhoto(c);
  };
  const showPhoto = c => {
    document.getElementById('c-photo-current').hidden = !c.photo;
    const img = document.getElementById('c-photo-img');
    if (c.photo) { img.src = c.photo; img.alt = Isk.t('contact.photoOf', c.personName || ''); } else img.removeAttribute('src');
  };
  const photoPath = () => '/api/v1/areas/' + encodeURIComponent(form.area.value) + '/contact/photo';
  document.getElementById('c-photo-remove').addEventListener('click', async () => {
    try { showPhoto(await Isk.api('DELETE', photoPath())); } catch (e) { Isk.showError(form, e); }
  });
  form.area.addEventListener('change', () => load().catch(e => Isk.showError(form, e)));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = Object.fromEntries(fields.map(f => [f, form[f].value]));
    body.bookSlide = form.bookSlide.checked;
    try {
      await Isk.api('PUT', '/api/v1/areas/' + encodeURIComponent(form.area.value) + '/contact', body);
      const file = form.photo.files[0];
      if (file) showPhoto(await uploadPhoto(photoPath(), file));
      form.photo.value = '';
      Isk.status(Isk.t('contact.saved', Isk.areaName(form.area.value)));
    } catch (e) { Isk.showError(form, e); }
  });
  await load();
}

/** Sends the photo as it is, with its own media type; a refusal comes back as an error for the photo field. */
async function uploadPhoto(path, file) {
  const res = await fetch(path, {method: 'PUT', credentials: 'same-origin', body: file,
    headers: {'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': Isk.session.csrfToken}});
  const data = (res.headers.get('Content-Type') || '').includes('json') ? await res.json() : {};
  if (!res.ok) {
    const err = new Error(data.error || Isk.t('error.http', res.status));
    err.status = res.status;
    err.field = 'photo';
    throw err;
  }
  return data;
}
