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
  };
  form.area.addEventListener('change', () => load().catch(e => Isk.showError(form, e)));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = Object.fromEntries(fields.map(f => [f, form[f].value]));
    body.bookSlide = form.bookSlide.checked;
    try {
      await Isk.api('PUT', '/api/v1/areas/' + encodeURIComponent(form.area.value) + '/contact', body);
      Isk.status(Isk.t('contact.saved', Isk.areaName(form.area.value)));
    } catch (e) { Isk.showError(form, e); }
  });
  await load();
}
