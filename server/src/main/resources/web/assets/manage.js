// Administrator management pages: sources (with "test kilde"), areas, screens (device tokens), users.
'use strict';

const mel = Isk.el;
const mt = Isk.t;
const SELECTORS = ['item', 'title', 'date', 'location', 'link', 'summary'];

function details(...pairs) {
  const dl = mel('dl', {className: 'facts'});
  for (const [k, v] of pairs) if (v !== null && v !== undefined) dl.append(mel('dt', {}, k), mel('dd', {}, v));
  return dl;
}

Isk.pages.sources = async () => {
  const form = document.getElementById('source-form');
  const areas = await Isk.areas();
  Isk.areaBoxes(document.getElementById('src-areas'), areas, 'areas', []);
  const selectorBox = document.getElementById('src-selectors');
  for (const s of SELECTORS) {
    selectorBox.append(mel('div', {className: 'field'}, mel('label', {htmlFor: 'sel-' + s}, mt('sources.selector.' + s)),
      mel('input', {id: 'sel-' + s, name: 'sel-' + s, dataset: {field: 'selectors.' + s, errorId: 'src-selectors-error'},
        'aria-describedby': 'src-selectors-error'})));
  }
  let editing = null;
  const selectors = () => {
    const out = {};
    for (const s of SELECTORS) if (form['sel-' + s].value.trim()) out[s] = form['sel-' + s].value.trim();
    return Object.keys(out).length ? out : null;
  };
  const body = () => ({id: form.id.value || null, name: form.name.value, url: form.url.value, kind: form.kind.value,
    format: form.format.value, pollMinutes: Number(form.pollMinutes.value) || null, areas: Isk.checked(form, 'areas'),
    selectors: selectors(), enabled: form.enabled.checked});
  const fill = s => {
    editing = s;
    form.id.value = s ? s.id : ''; form.id.disabled = !!s;
    form.name.value = s ? s.name : ''; form.url.value = s ? s.url : '';
    form.kind.value = s ? s.kind : 'event'; form.format.value = s ? s.format : 'auto';
    form.pollMinutes.value = s ? s.pollMinutes : 60; form.enabled.checked = s ? s.enabled : true;
    Isk.areaBoxes(document.getElementById('src-areas'), areas, 'areas', s ? s.areas : []);
    for (const k of SELECTORS) form['sel-' + k].value = (s && s.selectors && s.selectors[k]) || '';
    document.getElementById('source-form-heading').textContent = mt(s ? 'sources.edit' : 'sources.new', s ? s.name : '');
  };
  const showTest = (name, result) => {
    document.getElementById('test-result').hidden = false;
    document.getElementById('test-heading').textContent = mt('sources.testResultFor', name);
    document.getElementById('test-summary').textContent = mt('sources.testCount', result.itemCount);
    document.getElementById('test-items').replaceChildren(...result.items.slice(0, 50).map(i =>
      mel('li', {}, mel('strong', {}, i.title || ''), ' ', [i.start ? Isk.when(i.start) : null, i.location, i.url].filter(Boolean).join(' · '))));
    document.getElementById('test-problems').replaceChildren(...(result.problems.length ? result.problems : [mt('sources.noProblems')])
      .map(p => mel('li', {}, p)));
    document.getElementById('test-result').scrollIntoView();
  };
  const test = async (target, name, input) => {
    try {
      showTest(name, await Isk.api('POST', '/api/v1/sources/test', input));
    } catch (e) { Isk.showError(target, e); }
  };
  const list = document.getElementById('sources');
  // A source just saved is imported by the server in the background: look again until it has been (at most a minute).
  let looks = 0;
  let again = null;
  const follow = sources => {
    clearTimeout(again);
    if (sources.some(s => s.enabled && s.state === 'new') && looks++ < 30) {
      again = setTimeout(() => render().catch(Isk.pageError), 2000);
    }
  };
  const render = async () => {
    const sources = await Isk.api('GET', '/api/v1/sources');
    follow(sources);
    document.getElementById('sources-empty').hidden = sources.length > 0;
    list.replaceChildren(...sources.map(s => {
      const h = s.health || {};
      const input = {url: s.url, kind: s.kind, format: s.format, selectors: s.selectors};
      return mel('li', {className: 'card'}, mel('h2', {}, s.name),
        mel('span', {className: 'badge ' + s.state}, mt('sourceState.' + s.state)),
        details([mt('sources.kind'), mt('kind.' + s.kind)], [mt('sources.url'), s.url],
          [mt('sources.areas'), s.areas.length ? s.areas.map(Isk.areaName).join(', ') : mt('areas.all')],
          [mt('sources.lastSuccess'), Isk.when(h.lastSuccess)], [mt('sources.lastAttempt'), Isk.when(h.lastAttempt)],
          [mt('sources.itemCount'), String(h.itemCount ?? 0)], [mt('sources.problems'), String(h.problemCount ?? 0)],
          h.lastError ? [mt('sources.lastError'), h.lastError] : [null, null], [mt('sources.enabled'), mt(s.enabled ? 'yes' : 'no')]),
        mel('div', {className: 'actions'},
          mel('button', {type: 'button', className: 'secondary', onclick: () => test(null, s.name, input)}, mt('sources.test')),
          mel('button', {type: 'button', className: 'secondary', onclick: async () => {
            try { await Isk.api('POST', '/api/v1/sources/' + encodeURIComponent(s.id) + '/import'); Isk.status(mt('sources.imported', s.name)); await render(); }
            catch (e) { Isk.pageError(e); }
          }}, mt('sources.importNow')),
          mel('button', {type: 'button', className: 'secondary', onclick: () => { fill(s); form.name.focus(); }}, mt('sources.editButton')),
          mel('button', {type: 'button', className: 'danger', onclick: async () => {
            if (!confirm(mt('sources.confirmDelete', s.name))) return;
            try { await Isk.api('DELETE', '/api/v1/sources/' + encodeURIComponent(s.id)); await render(); }
            catch (e) { Isk.pageError(e); }
          }}, mt('sources.delete'))));
    }));
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      if (editing) await Isk.api('PUT', '/api/v1/sources/' + encodeURIComponent(editing.id), body());
      else await Isk.api('POST', '/api/v1/sources', body());
      Isk.status(mt('sources.saved'));
      fill(null);
      looks = 0;
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  document.getElementById('src-test').addEventListener('click', () => {
    Isk.clearErrors(form);
    const b = body();
    test(form, b.name || b.url, {url: b.url, kind: b.kind, format: b.format, selectors: b.selectors});
  });
  document.getElementById('src-clear').addEventListener('click', () => fill(null));
  await render();
};

Isk.pages.areas = async () => {
  const table = document.getElementById('areas-table');
  const render = async () => {
    Isk.areaList = null;
    const areas = await Isk.areas();
    const moderation = await Isk.api('GET', '/api/v1/moderation/areas');
    table.tBodies[0].replaceChildren(...areas.map(a => {
      const m = moderation.find(x => x.area === a.slug) || {moderation: 'direct', trustedMayApprove: false};
      const id = 'area-' + a.slug;
      const name = mel('input', {id: id + '-name', value: a.name, 'aria-label': mt('areas.nameOf', a.name), dataset: {field: 'name', errorId: id + '-error'}});
      const mode = mel('select', {id: id + '-mode', 'aria-label': mt('areas.moderationOf', a.name), dataset: {field: 'moderation', errorId: id + '-error'}},
        mel('option', {value: 'direct', selected: m.moderation === 'direct'}, mt('areas.direct')),
        mel('option', {value: 'approval', selected: m.moderation === 'approval'}, mt('areas.approval')));
      const trusted = mel('input', {type: 'checkbox', id: id + '-trusted', checked: m.trustedMayApprove});
      const row = mel('form', {noValidate: true}, mel('div', {className: 'actions'},
        mel('button', {type: 'submit'}, mt('areas.save'))), mel('p', {className: 'field-error', id: id + '-error', hidden: true}),
        mel('p', {className: 'form-error', role: 'alert', hidden: true}));
      row.addEventListener('submit', async ev => {
        ev.preventDefault();
        Isk.clearErrors(row);
        try {
          if (name.value !== a.name) await Isk.api('PUT', '/api/v1/areas/' + encodeURIComponent(a.slug), {name: name.value});
          await Isk.api('PUT', '/api/v1/moderation/areas/' + encodeURIComponent(a.slug), {moderation: mode.value, trustedMayApprove: trusted.checked});
          Isk.status(mt('areas.saved', name.value));
        } catch (e) {
          const box = document.getElementById(id + '-error');
          box.textContent = e.message; box.hidden = false;
          (e.field === 'moderation' ? mode : name).setAttribute('aria-invalid', 'true');
        }
      });
      return mel('tr', {}, mel('td', {}, a.slug), mel('td', {}, name),
        mel('td', {}, mel('div', {}, mode, mel('label', {htmlFor: id + '-trusted', className: 'check'}, trusted, mt('areas.trustedMayApprove')))), mel('td', {}, row));
    }));
    Isk.labelCells(table);
  };
  const form = document.getElementById('area-form');
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      await Isk.api('POST', '/api/v1/areas', {name: form.name.value});
      Isk.status(mt('areas.created', form.name.value));
      form.reset();
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  await render();
};

Isk.pages.screens = async () => {
  const form = document.getElementById('screen-form');
  const areas = await Isk.areas();
  for (const a of areas) form.areaSlug.append(mel('option', {value: a.slug}, a.name));
  let editing = null;
  const showToken = (name, token) => {
    document.getElementById('token-box').hidden = false;
    document.getElementById('token-heading').textContent = mt('screens.tokenFor', name);
    document.getElementById('token').textContent = token;
    document.getElementById('token-box').scrollIntoView();
  };
  // Opening hours: a row per period (days, opens, closes); no rows is always on.
  const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  const periods = document.getElementById('sc-periods');
  let made = 0;
  const addPeriod = p => {
    const n = ++made;
    const row = mel('fieldset', {className: 'period'}, mel('legend', {}, mt('screens.period', periods.children.length + 1)),
      ...DAYS.map(d => mel('label', {}, mel('input', {type: 'checkbox', value: d,
        checked: p ? p.days.includes(d) : true}), mt('day.' + d))),
      mel('div', {className: 'field'}, mel('label', {htmlFor: 'sc-open-' + n}, mt('screens.open')),
        mel('input', {type: 'time', id: 'sc-open-' + n, className: 'open', value: p ? p.open.slice(0, 5) : '07:00'})),
      mel('div', {className: 'field'}, mel('label', {htmlFor: 'sc-close-' + n}, mt('screens.close')),
        mel('input', {type: 'time', id: 'sc-close-' + n, className: 'close', value: p ? p.close.slice(0, 5) : '22:00'})),
      mel('button', {type: 'button', className: 'secondary', onclick: () => row.remove()}, mt('screens.removePeriod')));
    periods.append(row);
  };
  document.getElementById('sc-add-period').addEventListener('click', () => addPeriod(null));
  const openingHours = () => ({outside: form.outside.value, periods: [...periods.children].map(row => ({
    days: [...row.querySelectorAll('input[type=checkbox]:checked')].map(i => i.value),
    open: row.querySelector('.open').value, close: row.querySelector('.close').value}))});
  const hoursText = h => !h || !h.periods.length ? mt('screens.alwaysOn') : h.periods.map(p =>
    DAYS.filter(d => p.days.includes(d)).map(d => mt('day.' + d)).join(' ') + ' ' + p.open.slice(0, 5) + '–' + p.close.slice(0, 5)).join('; ');
  const fill = s => {
    editing = s;
    periods.replaceChildren();
    ((s && s.openingHours && s.openingHours.periods) || []).forEach(addPeriod);
    form.outside.value = (s && s.openingHours && s.openingHours.outside) || 'DARK';
    form.id.value = s ? s.id : ''; form.id.disabled = !!s;
    form.name.value = s ? s.name : ''; form.areaSlug.value = s ? s.areaSlug : areas[0].slug;
    form.location.value = s ? (s.location || '') : ''; form.orientation.value = s ? s.orientation : 'landscape';
    form.width.value = s ? s.width : 1920; form.height.value = s ? s.height : 1080;
    document.getElementById('screen-form-heading').textContent = mt(s ? 'screens.edit' : 'screens.new', s ? s.name : '');
  };
  const list = document.getElementById('screen-list');
  const render = async () => {
    const screens = await Isk.api('GET', '/api/v1/screens');
    list.replaceChildren(...screens.map(s => mel('li', {className: 'card'}, mel('h2', {}, s.name),
      mel('span', {className: 'badge ' + s.status}, mt('screenStatus.' + s.status)),
      details([mt('screens.id'), s.id], [mt('screens.area'), s.areaName || s.areaSlug], [mt('screens.location'), s.location || '–'],
        [mt('screens.orientation'), mt('preview.' + s.orientation)], [mt('screens.size'), s.width + '×' + s.height],
        [mt('screens.hours'), hoursText(s.openingHours)]),
      mel('div', {className: 'actions'},
        mel('button', {type: 'button', className: 'secondary', onclick: () => { fill(s); form.name.focus(); }}, mt('screens.editButton')),
        mel('button', {type: 'button', className: 'secondary', onclick: async () => {
          if (!confirm(mt('screens.confirmRotate', s.name))) return;
          try { showToken(s.name, (await Isk.api('POST', '/api/v1/screens/' + encodeURIComponent(s.id) + '/token')).deviceToken); }
          catch (e) { Isk.pageError(e); }
        }}, mt('screens.rotate')),
        mel('button', {type: 'button', className: 'danger', onclick: async () => {
          if (!confirm(mt('screens.confirmDelete', s.name))) return;
          try { await Isk.api('DELETE', '/api/v1/screens/' + encodeURIComponent(s.id)); await render(); }
          catch (e) { Isk.pageError(e); }
        }}, mt('screens.delete'))))));
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = {name: form.name.value, areaSlug: form.areaSlug.value, location: form.location.value,
      orientation: form.orientation.value, width: Number(form.width.value), height: Number(form.height.value),
      openingHours: openingHours()};
    try {
      if (editing) {
        await Isk.api('PUT', '/api/v1/screens/' + encodeURIComponent(editing.id), body);
        Isk.status(mt('screens.saved', body.name));
      } else {
        const created = await Isk.api('POST', '/api/v1/screens', {id: form.id.value, ...body});
        showToken(created.screen.name, created.deviceToken);
      }
      fill(null);
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  document.getElementById('sc-clear').addEventListener('click', () => fill(null));
  fill(null);
  await render();
};

Isk.pages.users = async () => {
  const form = document.getElementById('user-form');
  const areas = await Isk.areas();
  let editing = null;
  const showOtp = (who, otp) => {
    document.getElementById('otp-box').hidden = false;
    document.getElementById('otp-for').textContent = mt('users.otpFor', who);
    document.getElementById('otp').textContent = otp;
    document.getElementById('otp-box').scrollIntoView();
  };
  const fill = a => {
    editing = a;
    form.username.value = a ? a.username : ''; form.username.disabled = !!a;
    form.displayName.value = a ? a.displayName : ''; form.role.value = a ? a.role : 'volunteer';
    Isk.areaBoxes(document.getElementById('us-areas'), areas, 'areas', a ? a.areas : []);
    Isk.areaBoxes(document.getElementById('us-trusted'), areas, 'trustedAreas', a ? a.trustedAreas : []);
    document.getElementById('user-form-heading').textContent = mt(a ? 'users.edit' : 'users.new', a ? a.username : '');
  };
  const request = (a, changes) => ({displayName: a.displayName, role: a.role, areas: a.areas, trustedAreas: a.trustedAreas,
    disabled: a.disabled, ...changes});
  const table = document.getElementById('users');
  const render = async () => {
    const accounts = await Isk.api('GET', '/api/v1/accounts');
    table.tBodies[0].replaceChildren(...accounts.map(a => mel('tr', {},
      mel('td', {}, a.username), mel('td', {}, a.displayName), mel('td', {}, mt('role.' + a.role)),
      mel('td', {}, a.areas.map(Isk.areaName).join(', ')),
      mel('td', {}, mt(a.disabled ? 'users.disabled' : (a.mustChangePassword ? 'users.mustChange' : 'users.active'))),
      mel('td', {}, mel('div', {className: 'actions'},
        mel('button', {type: 'button', className: 'secondary', onclick: () => { fill(a); form.displayName.focus(); }}, mt('users.editButton')),
        mel('button', {type: 'button', className: 'secondary', onclick: async () => {
          if (!confirm(mt('users.confirmReset', a.username))) return;
          try { showOtp(a.username, (await Isk.api('POST', '/api/v1/accounts/' + encodeURIComponent(a.id) + '/password-reset')).oneTimePassword); await render(); }
          catch (e) { Isk.pageError(e); }
        }}, mt('users.reset')),
        mel('button', {type: 'button', className: a.disabled ? 'secondary' : 'danger', onclick: async () => {
          try { await Isk.api('PUT', '/api/v1/accounts/' + encodeURIComponent(a.id), request(a, {disabled: !a.disabled})); await render(); }
          catch (e) { Isk.pageError(e); }
        }}, mt(a.disabled ? 'users.enable' : 'users.disable')))))));
    Isk.labelCells(table);
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    const body = {displayName: form.displayName.value, role: form.role.value,
      areas: Isk.checked(form, 'areas'), trustedAreas: Isk.checked(form, 'trustedAreas')};
    try {
      if (editing) {
        await Isk.api('PUT', '/api/v1/accounts/' + encodeURIComponent(editing.id), request(editing, body));
        Isk.status(mt('users.saved', editing.username));
      } else {
        const invited = await Isk.api('POST', '/api/v1/accounts', {username: form.username.value, ...body});
        showOtp(invited.account.username, invited.oneTimePassword);
      }
      fill(null);
      await render();
    } catch (e) { Isk.showError(form, e); }
  });
  document.getElementById('us-clear').addEventListener('click', () => fill(null));
  fill(null);
  await render();
};
