// Administrator pages: dashboard, approval queue, urgent messages, what plays when, audit log.
'use strict';

const el = Isk.el;
const t = Isk.t;

function facts(...pairs) {
  const dl = el('dl', {className: 'facts'});
  for (const [k, v] of pairs) if (v !== null && v !== undefined) dl.append(el('dt', {}, k), el('dd', {}, v));
  return dl;
}

/** The Danish text for key, or the raw value when the bundle has none (an action added later). */
function known(key, raw) {
  return key in Isk.texts ? t(key) : raw;
}

function rows(table, list, cells) {
  table.tBodies[0].replaceChildren(...list.map(x => el('tr', {}, ...cells(x).map(c => el('td', {}, c)))));
  Isk.labelCells(table);
}

/** The screens, or the demo screens named after the areas if the screens list is not there. */
async function screenList() {
  try { return await Isk.api('GET', '/api/v1/screens'); } catch (e) {
    if (e.status !== 404 && e.status !== 405) throw e;
    return (await Isk.areas()).map(a => ({id: a.slug, name: a.name, areaSlug: a.slug, areaName: a.name}));
  }
}

/**
 * Whether a screen's screenshot may no longer be what it shows: it did not come with the screen's latest heartbeat
 * (so it is older than one heartbeat interval, whatever the screen's setting), or the screen has gone quiet.
 */
function screenshotIsOld(s) {
  return Boolean(s.screenshotAt) && (s.status !== 'online' || !s.lastSeen || Date.parse(s.screenshotAt) < Date.parse(s.lastSeen));
}

Isk.pages.dashboard = async () => {
  const list = document.getElementById('screens');
  const summary = document.getElementById('screen-summary');
  const render = async () => {
    // Screens that need a look first (offline, late), then the working ones, then those never set up.
    const order = {offline: 0, stale: 1, online: 2, never: 3};
    const screens = (await Isk.api('GET', '/api/v1/screens'))
      .sort((a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4) || a.name.localeCompare(b.name, 'da'));
    const counts = {};
    for (const s of screens) counts[s.status] = (counts[s.status] || 0) + 1;
    summary.replaceChildren(...['online', 'stale', 'offline', 'never'].filter(k => counts[k]).map(k =>
      el('li', {}, el('span', {className: 'badge ' + k}, t('dashboard.count.' + k, counts[k])))));
    list.replaceChildren(...screens.map(s => {
      const portrait = s.orientation === 'portrait';
      const img = s.screenshotAt
        ? el('img', {src: '/api/v1/screens/' + encodeURIComponent(s.id) + '/screenshot?at=' + encodeURIComponent(s.screenshotAt),
          alt: t('dashboard.screenshotAlt', s.name), width: portrait ? 270 : 480, height: portrait ? 480 : 270, loading: 'lazy',
          className: portrait ? 'portrait' : null})
        : el('div', {className: 'shot-missing' + (portrait ? ' portrait' : '')}, t('dashboard.noScreenshot'));
      const old = screenshotIsOld(s);
      if (old) img.classList.add('old');
      return el('li', {className: 'card', dataset: {screen: s.id}},
        el('h2', {}, s.name),
        el('span', {className: 'badge ' + s.status}, t('screenStatus.' + s.status)),
        img,
        s.screenshotAt ? el('p', {className: 'shot-time' + (old ? ' old' : '')},
          t(old ? 'dashboard.screenshotOld' : 'dashboard.screenshotAt', Isk.when(s.screenshotAt))) : null,
        facts([t('dashboard.area'), s.areaName || s.areaSlug], [t('dashboard.location'), s.location || '–'],
          [t('dashboard.lastSeen'), Isk.when(s.lastSeen)], [t('dashboard.showing'), s.showingTitle || s.showing || '–'],
          [t('dashboard.version'), s.clientVersion || '–']),
        el('a', {href: '/admin/program?screen=' + encodeURIComponent(s.id)}, t('dashboard.schedule')));
    }));
  };
  await render();
  setInterval(() => render().catch(Isk.pageError), 30000);
};

Isk.pages.queue = async () => {
  await Isk.areas();
  const list = document.getElementById('queue');
  const render = async () => {
    const posts = await Isk.api('GET', '/api/v1/moderation/queue');
    document.getElementById('queue-empty').hidden = posts.length > 0;
    list.replaceChildren(...posts.map(p => {
      const preview = el('img', {alt: t('queue.previewAlt', p.title), width: 480, height: 270});
      Isk.loadPreview(preview, 'landscape', Object.assign({}, p, {imageId: Isk.imageIdOf(p)})).catch(() => {});
      const reasonId = 'reason-' + p.id;
      const form = el('form', {noValidate: true},
        el('div', {className: 'field'},
          el('label', {htmlFor: reasonId}, t('queue.reason')),
          el('textarea', {id: reasonId, name: 'reason', maxLength: 1000, dataset: {field: 'reason', errorId: reasonId + '-error'},
            'aria-describedby': reasonId + '-error'}),
          el('p', {className: 'field-error', id: reasonId + '-error', hidden: true})),
        el('p', {className: 'form-error', role: 'alert', hidden: true}),
        el('div', {className: 'actions'},
          el('button', {type: 'button', onclick: () => decide(form, p, 'approve')}, t('queue.approve')),
          el('button', {type: 'submit', className: 'danger'}, t('queue.reject'))));
      form.addEventListener('submit', ev => { ev.preventDefault(); decide(form, p, 'reject'); });
      return el('li', {className: 'card'}, el('h2', {}, p.title), p.text ? el('p', {}, p.text) : null, preview,
        facts([t('queue.author'), p.authorName], [t('myPosts.areas'), p.areas.length ? p.areas.map(Isk.areaName).join(', ') : t('areas.all')],
          [t('myPosts.window'), Isk.when(p.visibleFrom) + ' – ' + Isk.when(p.visibleUntil)], [t('queue.link'), p.link || '–']),
        form);
    }));
  };
  // A volunteer's dialogue meeting in an area that needs approval waits here too, until an administrator approves it.
  const meetingList = document.getElementById('queue-meetings');
  const renderMeetings = async () => {
    const waiting = (await Isk.api('GET', '/api/v1/meetings')).filter(m => m.status === 'pending');
    document.getElementById('queue-meetings-section').hidden = waiting.length === 0;
    meetingList.replaceChildren(...waiting.map(m => {
      const form = el('form', {noValidate: true},
        el('p', {className: 'form-error', role: 'alert', hidden: true}),
        el('div', {className: 'actions'},
          el('button', {type: 'submit', 'aria-label': t('queue.meetingApprove', m.title)}, t('queue.approve'))));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        Isk.clearErrors(form);
        try {
          await Isk.api('POST', '/api/v1/meetings/' + encodeURIComponent(m.id) + '/approve');
          Isk.status(t('queue.meetingApproved', m.title));
          await renderMeetings();
        } catch (e) { Isk.showError(form, e); }
      });
      return el('li', {className: 'card', dataset: {meeting: m.id}}, el('h3', {lang: 'da'}, m.title),
        facts([t('signup.area'), Isk.areaName(m.area)], [t('signup.when'), Isk.when(m.start)],
          [t('signup.where'), m.location || '–']),
        form);
    }));
  };
  async function decide(form, p, what) {
    Isk.clearErrors(form);
    try {
      await Isk.api('POST', '/api/v1/moderation/posts/' + encodeURIComponent(p.id) + '/' + what,
        what === 'reject' ? {reason: form.reason.value} : undefined);
      Isk.status(t(what === 'approve' ? 'queue.approved' : 'queue.rejected', p.title));
      await render();
    } catch (e) { Isk.showError(form, e); }
  }
  await render();
  await renderMeetings();
};

Isk.pages.urgent = async () => {
  const form = document.getElementById('urgent-form');
  const areas = await Isk.areas();
  const areaBox = document.getElementById('u-areas');
  Isk.areaBoxes(areaBox, areas, 'areas', []);
  const all = document.getElementById('u-all');
  // "Alle områder" is a choice of its own: ticking it clears the areas, ticking an area clears it.
  areaBox.addEventListener('change', ev => {
    if (ev.target === all && all.checked) areaBox.querySelectorAll('input[name=areas]').forEach(i => { i.checked = false; });
    else if (ev.target.name === 'areas' && ev.target.checked) all.checked = false;
  });
  form.expiresAt.value = Isk.toLocal(new Date(Date.now() + 86400000).toISOString());
  const list = document.getElementById('urgent-list');
  const screens = await screenList();
  const screenNames = new Map(screens.map(s => [s.id, s.name]));
  const body = () => ({text: form.text.value, areas: Isk.checked(form, 'areas'), allAreas: all.checked,
    expiresAt: Isk.toInstant(form.expiresAt.value)});
  Isk.livePreview(form, () => ({kind: 'urgent', text: form.text.value, areas: Isk.checked(form, 'areas')}));
  const render = async () => {
    const messages = await Isk.api('GET', '/api/v1/urgent');
    document.getElementById('urgent-empty').hidden = messages.length > 0;
    list.replaceChildren(...messages.map(m => el('li', {className: 'card'},
      el('h3', {}, m.text),
      el('span', {className: 'badge ' + (m.active ? 'online' : 'expired')}, t(m.active ? 'urgent.active' : 'urgent.inactive')),
      facts([t('urgent.areas'), m.areas.length ? m.areas.map(Isk.areaName).join(', ') : t('areas.all')],
        [t('urgent.expiresAt'), Isk.when(m.expiresAt)], [t('urgent.createdBy'), m.createdBy],
        [t('urgent.confirmedBy'), m.confirmedBy.length
          ? m.confirmedBy.map(c => (screenNames.get(c.screenId) || c.screenId) + ' (' + Isk.when(c.confirmedAt) + ')').join(', ') : t('urgent.noneConfirmed')]),
      m.active ? el('button', {type: 'button', onclick: async () => {
        try { await Isk.api('POST', '/api/v1/urgent/' + encodeURIComponent(m.id) + '/clear'); await render(); }
        catch (e) { Isk.pageError(e); }
      }}, t('urgent.clear')) : null)));
  };
  // Sending is two steps: the form asks, a confirmation states how many screens the message takes over.
  const confirmBox = document.getElementById('u-confirm');
  const submit = document.getElementById('u-submit');
  const ask = (open) => { confirmBox.hidden = !open; submit.hidden = open; };
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const request = body();
    if (!request.allAreas && request.areas.length === 0) {
      Isk.showError(form, {message: t('urgent.chooseAreas'), field: 'areas'});
      return;
    }
    const reached = screens.filter(s => request.allAreas || request.areas.includes(s.areaSlug));
    document.getElementById('u-confirm-text').textContent = request.allAreas
      ? t('urgent.confirmAllScreens', reached.length)
      : t('urgent.confirmScreens', reached.length, request.areas.map(Isk.areaName).join(', '));
    document.getElementById('u-confirm-send').textContent = t('urgent.confirmSend', reached.length);
    ask(true);
    document.getElementById('u-confirm-send').focus();
  });
  document.getElementById('u-confirm-cancel').addEventListener('click', () => {
    ask(false);
    Isk.status(t('urgent.cancelled'));
    submit.focus();
  });
  document.getElementById('u-confirm-send').addEventListener('click', async () => {
    ask(false);
    try {
      await Isk.api('POST', '/api/v1/urgent', body());
      form.text.value = '';
      Isk.status(t('urgent.sent'));
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  // Editing the message after asking takes the question back: what is confirmed is what is sent.
  form.addEventListener('input', () => ask(false));
  await render();
  setInterval(() => render().catch(Isk.pageError), 30000);
};

Isk.pages.schedule = async () => {
  const form = document.getElementById('schedule-form');
  for (const s of await screenList()) form.screen.append(el('option', {value: s.id}, s.name + ' (' + s.id + ')'));
  const wanted = new URLSearchParams(location.search).get('screen');
  if (wanted) form.screen.value = wanted;
  form.from.value = Isk.toLocal(new Date().toISOString());
  const show = async () => {
    Isk.clearErrors(form);
    try {
      const q = new URLSearchParams({from: Isk.toInstant(form.from.value) || new Date().toISOString(), hours: form.hours.value || '1'});
      const s = await Isk.api('GET', '/api/v1/screens/' + encodeURIComponent(form.screen.value) + '/schedule?' + q);
      // A repeating event's occurrences share a title: each is told by its own date.
      // The title is the screen's own words, Danish whatever the page's language.
      const named = x => x.title ? el('span', {}, el('span', {lang: 'da'}, x.title),
        x.start ? ' · ' + Isk.when(x.start) : '') : '–';
      rows(document.getElementById('summary'), Object.values(s.slides), x => [named(x), x.times, x.seconds]);
      rows(document.getElementById('plays'), s.plays, p => [Isk.clock(p.from), Isk.clock(p.until),
        p.kind ? t('kind.' + p.kind.toLowerCase()) : t('schedule.idle'), named(p)]);
    } catch (e) { Isk.showError(form, e); }
  };
  form.addEventListener('submit', ev => { ev.preventDefault(); show(); });
  await show();
};

Isk.pages.audit = async () => {
  const form = document.getElementById('audit-form');
  const show = async () => {
    Isk.clearErrors(form);
    try {
      const q = new URLSearchParams({limit: '200'});
      if (form.target.value.trim()) q.set('target', form.target.value.trim());
      const events = await Isk.api('GET', '/api/v1/audit?' + q);
      document.getElementById('audit-empty').hidden = events.length > 0;
      rows(document.getElementById('audit'), events, e => [Isk.when(e.at), e.actorName, known('audit.action.' + e.action, e.action),
        known('audit.type.' + e.targetType, e.targetType),
        // names and details are the content's own words and the server's log, in Danish
        el('span', {lang: 'da'}, e.targetName || e.targetId), el('span', {lang: 'da'}, e.detail || '')]);
    } catch (e) { Isk.showError(form, e); }
  };
  form.addEventListener('submit', ev => { ev.preventDefault(); show(); });
  await show();
};
