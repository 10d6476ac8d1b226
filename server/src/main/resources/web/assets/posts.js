// Volunteer pages: new or edited post with live preview, my posts. Dialogue meetings: meetings.js.
'use strict';

/** The areas a caller may post to: an administrator any, a volunteer their own. */
async function postableAreas() {
  const all = await Isk.areas();
  const account = Isk.session.account;
  return account.role === 'admin' ? all : all.filter(a => account.areas.includes(a.slug));
}

function postBody(form) {
  return {
    title: form.title.value,
    text: form.text.value,
    link: form.link.value,
    visibleFrom: Isk.toInstant(form.visibleFrom.value),
    visibleUntil: Isk.toInstant(form.visibleUntil.value),
    areas: Isk.checked(form, 'areas'),
  };
}


Isk.pages.postNew = async () => {
  const form = document.getElementById('post-form');
  const id = new URLSearchParams(location.search).get('id');
  const areas = await postableAreas();
  let post = null;
  if (id) {
    post = await Isk.api('GET', '/api/v1/posts/' + encodeURIComponent(id));
    Isk.heading(Isk.t('post.editHeading'));
    form.title.value = post.title;
    form.text.value = post.text || '';
    form.link.value = post.link || '';
    form.visibleFrom.value = Isk.toLocal(post.visibleFrom);
    form.visibleUntil.value = Isk.toLocal(post.visibleUntil);
    document.getElementById('post-submit').textContent = Isk.t('post.save');
    if (post.publishedVersionShown) Isk.status(Isk.t('post.publishedVersionShown'));
  } else {
    form.visibleFrom.value = Isk.toLocal(new Date().toISOString());
    form.visibleUntil.value = Isk.toLocal(new Date(Date.now() + 14 * 86400000).toISOString());
  }
  const preselected = post ? post.areas : (areas.length === 1 ? [areas[0].slug] : []);
  Isk.areaBoxes(document.getElementById('areas'), areas, 'areas', preselected);

  // The picture in the preview: the chosen file (base64) before it is saved, else the one the post has.
  let picture = null;
  const savedImageId = () => Isk.imageIdOf(post);
  form.image.addEventListener('change', async () => {
    const file = form.image.files[0];
    picture = file ? await Isk.base64(file) : null;
    refresh();
  });

  const errorBox = document.getElementById('preview-error');
  let asked = 0;
  const refresh = Isk.debounce(async () => {
    const body = Object.assign(postBody(form), picture ? {image: picture} : {imageId: savedImageId()});
    const mine = ++asked;
    const isCurrent = () => mine === asked;
    try {
      await Promise.all([
        Isk.loadPreview(document.getElementById('preview-landscape'), 'landscape', body, isCurrent),
        Isk.loadPreview(document.getElementById('preview-portrait'), 'portrait', body, isCurrent),
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

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      let saved = post
        ? await Isk.api('PUT', '/api/v1/posts/' + encodeURIComponent(post.id), postBody(form))
        : await Isk.api('POST', '/api/v1/posts', postBody(form));
      const file = form.image.files[0];
      if (file) {
        const res = await fetch('/api/v1/posts/' + encodeURIComponent(saved.id) + '/image', {
          method: 'PUT', credentials: 'same-origin',
          headers: {'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': Isk.session.csrfToken},
          body: file,
        });
        const data = await res.json();
        if (!res.ok) throw Object.assign(new Error(data.error), {field: data.field || 'image', status: res.status});
        saved = data;
      }
      post = saved;
      picture = null;
      Isk.heading(Isk.t('post.editHeading'));
      Isk.status(Isk.t(saved.publishedVersionShown ? 'post.savedPendingKeepsPublished'
        : saved.status === 'pending' ? 'post.savedPending' : 'post.savedPublished'));
      document.getElementById('post-submit').textContent = Isk.t('post.save');
      history.replaceState(null, '', '/opslag/nyt?id=' + encodeURIComponent(saved.id));
    } catch (e) {
      Isk.showError(form, e);
    }
  });
};

/** The status a volunteer reads: waiting, approved, rejected, showing now, expired or withdrawn. */
function postState(p) {
  const now = Date.now();
  if (p.status === 'withdrawn') return 'withdrawn';
  if (p.status === 'rejected') return 'rejected';
  // A post whose time is up will never be shown, approved or not.
  if (Date.parse(p.visibleUntil) <= now) return 'expired';
  if (p.status === 'pending') return 'pending';
  if (Date.parse(p.visibleFrom) <= now) return 'showing';
  return 'published';
}

Isk.postState = postState;

Isk.pages.myPosts = async () => {
  await Isk.areas();
  const list = document.getElementById('posts');
  const render = async () => {
    const posts = (await Isk.api('GET', '/api/v1/posts'))
      .filter(p => Isk.session.account.role === 'admin' || p.authorId === Isk.session.account.id)
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    list.replaceChildren();
    document.getElementById('posts-empty').hidden = posts.length > 0;
    for (const p of posts) {
      const state = postState(p);
      const facts = Isk.el('dl', {className: 'facts'},
        Isk.el('dt', {}, Isk.t('myPosts.status')),
        Isk.el('dd', {}, Isk.el('span', {className: 'badge ' + state}, Isk.t('state.' + state))),
        p.publishedVersionShown ? Isk.el('dd', {className: 'note'}, Isk.t('myPosts.publishedVersionShown')) : null,
        state === 'rejected' ? [Isk.el('dt', {}, Isk.t('myPosts.reason')), Isk.el('dd', {}, p.rejectionReason || '')] : null,
        Isk.el('dt', {}, Isk.t('myPosts.window')),
        Isk.el('dd', {}, Isk.when(p.visibleFrom) + ' – ' + Isk.when(p.visibleUntil)),
        Isk.el('dt', {}, Isk.t('myPosts.areas')),
        Isk.el('dd', {}, p.areas.length ? p.areas.map(Isk.areaName).join(', ') : Isk.t('areas.all')));
      const actions = Isk.el('div', {className: 'actions'});
      if (state !== 'withdrawn') {
        actions.append(Isk.el('a', {className: 'button', href: '/opslag/nyt?id=' + encodeURIComponent(p.id),
          'aria-label': Isk.t('myPosts.editNamed', p.title)}, Isk.t('myPosts.edit')));
        actions.append(Isk.el('button', {type: 'button', className: 'danger', onclick: async () => {
          if (!confirm(Isk.t('myPosts.confirmWithdraw', p.title))) return;
          try {
            await Isk.api('POST', '/api/v1/posts/' + encodeURIComponent(p.id) + '/withdraw');
            Isk.status(Isk.t('myPosts.withdrawn'));
            await render();
          } catch (e) { Isk.pageError(e); }
        }}, Isk.t('myPosts.withdraw')));
      }
      list.append(Isk.el('li', {className: 'card'}, Isk.el('h2', {}, p.title),
        p.text ? Isk.el('p', {}, p.text) : null, facts, actions));
    }
  };
  await render();
};
