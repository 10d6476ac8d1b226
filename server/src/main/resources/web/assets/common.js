// Shared by every page: texts, session, API calls with the CSRF token, DOM helpers, errors next to their fields.
// User data only ever reaches the page through textContent and DOM properties, never as markup.
'use strict';

const Isk = {
  pages: {},
  texts: {},
  session: null,

  t(key, ...args) {
    let text = Isk.texts[key] ?? key;
    args.forEach((a, i) => { text = text.replace('{' + i + '}', String(a)); });
    return text;
  },

  /** An element: el('li', {className: 'card'}, 'text', child). Strings become text nodes. */
  el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k in node && !k.startsWith('aria')) node[k] = v;
      else node.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  },

  async api(method, path, body) {
    const headers = {};
    const options = {method, headers, credentials: 'same-origin'};
    if (method !== 'GET' && Isk.session) headers['X-CSRF-Token'] = Isk.session.csrfToken;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const res = await fetch(path, options);
    if (res.status === 204) return null;
    const type = res.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await res.json() : null;
    if (!res.ok) {
      const err = new Error((data && data.error) || Isk.t('error.http', res.status));
      err.status = res.status;
      err.field = data ? data.field : null;
      throw err;
    }
    return data;
  },

  /** Shows an API error next to the field it names, or above the form. */
  showError(form, err) {
    const field = err.field && form && form.querySelector('[data-field="' + CSS.escape(err.field) + '"]');
    if (field) {
      const target = field.matches('input, textarea, select, fieldset') ? field : field.querySelector('input, textarea, select');
      const box = document.getElementById(field.dataset.errorId || (field.id + '-error'));
      if (box) { box.textContent = err.message; box.hidden = false; }
      if (target) { target.setAttribute('aria-invalid', 'true'); target.focus(); }
    } else {
      const box = (form && form.querySelector('.form-error')) || document.getElementById('page-error');
      box.textContent = err.message;
      box.hidden = false;
      if (err.status === 401) Isk.toLogin();
    }
  },

  clearErrors(form) {
    const scope = form || document;
    scope.querySelectorAll('.field-error, .form-error').forEach(e => { e.textContent = ''; e.hidden = true; });
    scope.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    const page = document.getElementById('page-error');
    page.textContent = ''; page.hidden = true;
  },

  /** Changes the page's heading and the window title with it. */
  heading(text) {
    document.querySelector('h1').textContent = text;
    document.title = text + ' – ' + Isk.t('app.name');
  },

  status(text) { document.getElementById('page-status').textContent = text; },

  pageError(err) { Isk.showError(null, err); },

  toLogin() {
    location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
  },

  home(account) { return account.role === 'admin' ? '/admin' : '/opslag'; },

  /** The page's language for dates and numbers: Danish, or British English on the English pages. */
  locale() { return document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK'; },

  /** Date and time in Copenhagen in the page's language, e.g. "5. dec. 2026 14.00". */
  when(instant) {
    if (!instant) return '–';
    return new Intl.DateTimeFormat(Isk.locale(), {timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short'})
      .format(new Date(instant));
  },

  /** Danish time to the second, for what plays when: "12.22.10". */
  clock(instant) {
    return new Intl.DateTimeFormat(Isk.locale(), {timeZone: 'Europe/Copenhagen', timeStyle: 'medium'}).format(new Date(instant));
  },

  /** A datetime-local value (the browser's own time zone) as an ISO instant, or null. */
  toInstant(local) { return local ? new Date(local).toISOString() : null; },

  /** An ISO instant as a datetime-local value. */
  toLocal(instant) {
    if (!instant) return '';
    const d = new Date(instant);
    const pad = n => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  },

  /** Gives each body cell its column's heading, which narrow screens show in front of it (see table.stack). */
  labelCells(table) {
    const heads = [...table.tHead.rows[0].cells].map(th => th.textContent);
    for (const row of table.tBodies[0].rows) [...row.cells].forEach((td, i) => { td.dataset.label = heads[i] || ''; });
    table.classList.add('stack');
  },

  /** Checkboxes, one per area, into the fieldset {@code box}; {@code checked} slugs ticked. */
  areaBoxes(box, areas, name, checked) {
    box.querySelectorAll('label.area').forEach(l => l.remove());
    for (const a of areas) {
      box.append(Isk.el('label', {className: 'area'}, Isk.el('input', {type: 'checkbox', name, value: a.slug, checked: (checked || []).includes(a.slug)}), a.name));
    }
  },

  checked(form, name) {
    return [...form.querySelectorAll('input[name="' + name + '"]:checked')].map(i => i.value);
  },

  async areas() {
    if (!Isk.areaList) Isk.areaList = await Isk.api('GET', '/api/v1/areas');
    return Isk.areaList;
  },

  areaName(slug) {
    const a = (Isk.areaList || []).find(x => x.slug === slug);
    return a ? a.name : slug;
  },

  /** Runs {@code fn} at most once per {@code ms} of quiet. */
  debounce(fn, ms) {
    let timer;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  },

  /** The bytes of {@code file} in base64, without the data-URL prefix. */
  base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  },

  /** The imageId the preview endpoint takes for a saved post's picture, taken from its imageUrl. */
  imageIdOf(post) {
    return post && post.imageUrl ? post.imageUrl.split('/').pop() : null;
  },

  /**
   * Keeps #preview-landscape and #preview-portrait drawn from body() as the form changes, a moment after typing
   * stops; a preview refused shows its reason in #preview-error. Returns the redraw, for changes made by script.
   */
  livePreview(form, body) {
    const errorBox = document.getElementById('preview-error');
    let asked = 0;
    const refresh = Isk.debounce(async () => {
      const request = body();
      const mine = ++asked;
      const isCurrent = () => mine === asked;
      try {
        await Promise.all([
          Isk.loadPreview(document.getElementById('preview-landscape'), 'landscape', request, isCurrent),
          Isk.loadPreview(document.getElementById('preview-portrait'), 'portrait', request, isCurrent),
        ]);
        if (isCurrent()) errorBox.hidden = true;
      } catch (e) {
        if (!isCurrent()) return;
        errorBox.textContent = e.message;
        errorBox.hidden = false;
      }
    }, 400);
    form.addEventListener('input', refresh);
    form.addEventListener('change', refresh);
    refresh();
    return refresh;
  },

  /**
   * Fetches the preview PNG for body into img; the server draws it with the screens' renderer. An answer that
   * comes after a newer request was made ({@code isCurrent} false) is dropped, so a slow old preview never wins.
   */
  async loadPreview(img, orientation, body, isCurrent = () => true) {
    const res = await fetch('/api/v1/preview?orientation=' + orientation, {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken},
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      const data = (res.headers.get('Content-Type') || '').includes('json') ? await res.json() : {};
      const err = new Error(data.error || Isk.t('error.http', res.status));
      err.field = data.field;
      throw err;
    }
    const blob = await res.blob();
    if (!isCurrent()) return;
    const url = URL.createObjectURL(blob);
    const old = img.src;
    img.src = url;
    img.dataset.loaded = String(Number(img.dataset.loaded || 0) + 1);
    if (old.startsWith('blob:')) URL.revokeObjectURL(old);
  },

  async start() {
    try {
      Isk.texts = await (await fetch('/assets/texts.json', {credentials: 'same-origin'})).json();
    } catch (e) { Isk.texts = {}; }
    const page = document.body.dataset.page;
    if (page === 'notFound') {
      // Anyone may land here: show the menu to those logged in, never send the others to log in first.
      try { Isk.session = await Isk.api('GET', '/api/v1/session'); Isk.nav(); } catch (e) { /* not logged in */ }
    } else if (page !== 'login' && document.body.dataset.public !== 'true') {
      try {
        Isk.session = await Isk.api('GET', '/api/v1/session');
      } catch (e) {
        Isk.toLogin();
        return;
      }
      if (Isk.session.account.mustChangePassword && page !== 'password') {
        location.assign('/adgangskode');
        return;
      }
      Isk.nav();
    }
    const run = Isk.pages[page];
    if (run) {
      try { await run(); } catch (e) { Isk.pageError(e); }
    }
    document.body.dataset.ready = 'true';
  },

  nav() {
    const account = Isk.session.account;
    document.getElementById('nav').hidden = false;
    document.getElementById('nav-admin').hidden = account.role !== 'admin';
    document.getElementById('who').textContent = Isk.t('nav.loggedInAs', account.displayName || account.username);
    document.querySelectorAll('#nav a').forEach(a => {
      if (a.getAttribute('href') === location.pathname) a.setAttribute('aria-current', 'page');
    });
    document.getElementById('logout').addEventListener('click', async () => {
      try { await Isk.api('DELETE', '/api/v1/session'); } finally { location.assign('/login'); }
    });
  },
};

document.addEventListener('DOMContentLoaded', () => Isk.start());
