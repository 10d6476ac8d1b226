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

/** The longest side the server keeps; a photo larger than this is shrunk here before it is sent. */
const MAX_SIDE = 1920;

/**
 * A chosen file made ready to send: HEIC refused with a clear message, a large photo (more pixels than the screens
 * use, or over the size limit) drawn smaller in a canvas, upright as the browser shows it. A file the browser
 * cannot read is sent as it is, for the server to name the problem.
 */
async function preparePicture(file) {
  const fieldError = key => Object.assign(new Error(Isk.t(key)), {field: 'image'});
  if (/^image\/(heic|heif|avif)/i.test(file.type) || /\.(heic|heif)$/i.test(file.name)) throw fieldError('post.imageHeic');
  const max = Number(Isk.t('limit.imageBytes'));
  let bitmap;
  try { bitmap = await createImageBitmap(file); } catch (e) { bitmap = null; }
  if (!bitmap || (Math.max(bitmap.width, bitmap.height) <= MAX_SIDE && file.size <= max)) {
    if (file.size > max) throw fieldError('post.imageTooLarge');
    return {blob: file, shrunk: false};
  }
  const factor = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * factor));
  canvas.height = Math.max(1, Math.round(bitmap.height * factor));
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const blob = await new Promise(resolve => canvas.toBlob(resolve, type, 0.85));
  if (!blob || blob.size > max) throw fieldError('post.imageTooLarge');
  return {blob, shrunk: true, width: canvas.width, height: canvas.height};
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

  // The picture chosen (base64, shrunk if large) goes to the preview and is sent with the post in one request;
  // until then the preview shows the one the post has.
  let picture = null;
  // This new post's own key: sent again after a lost answer, it finds the post made the first time.
  const clientKey = [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
  const savedImageId = () => Isk.imageIdOf(post);
  const imageHint = document.getElementById('image-hint');
  // Sending waits for the chosen picture to be ready, so a quick click never sends the post without it.
  let pictureReady = Promise.resolve();
  let pictureRefused = false;
  form.image.addEventListener('change', () => {
    pictureReady = (async () => {
      const file = form.image.files[0];
      picture = null;
      pictureRefused = false;
      imageHint.textContent = '';
      Isk.clearErrors(form);
      try {
        if (file) {
          const ready = await preparePicture(file);
          picture = await Isk.base64(ready.blob);
          if (ready.shrunk) imageHint.textContent = Isk.t('post.imageShrunk', ready.width, ready.height);
        }
      } catch (e) {
        form.image.value = '';
        pictureRefused = true;
        Isk.showError(form, e);
      }
      refresh();
    })();
  });

  const refresh = Isk.livePreview(form,
    () => Object.assign(postBody(form), picture ? {image: picture} : {imageId: savedImageId()}));

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const submit = document.getElementById('post-submit');
    const label = submit.textContent;
    submit.disabled = true;
    await pictureReady;
    if (pictureRefused) {
      // The page refused the picture itself (HEIC, too large): its reason stays, and nothing is sent.
      submit.disabled = false;
      return;
    }
    Isk.clearErrors(form);
    // One request with the picture: the post and its picture are saved together or not at all.
    const body = Object.assign(postBody(form), picture ? {image: picture} : {}, post ? {} : {clientKey});
    submit.textContent = Isk.t('post.sending');
    try {
      const saved = post
        ? await Isk.api('PUT', '/api/v1/posts/' + encodeURIComponent(post.id), body)
        : await Isk.api('POST', '/api/v1/posts', body);
      post = saved;
      picture = null;
      // The link as stored, e.g. with https:// added to a bare domain.
      form.link.value = saved.link || '';
      form.image.value = '';
      imageHint.textContent = '';
      Isk.heading(Isk.t('post.editHeading'));
      Isk.status(Isk.t(saved.publishedVersionShown ? 'post.savedPendingKeepsPublished'
        : saved.status === 'pending' ? 'post.savedPending' : 'post.savedPublished'));
      document.getElementById('post-submit').textContent = Isk.t('post.save');
      history.replaceState(null, '', '/opslag/nyt?id=' + encodeURIComponent(saved.id));
    } catch (e) {
      submit.textContent = label;
      Isk.showError(form, e);
    } finally {
      submit.disabled = false;
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
  const current = document.getElementById('posts');
  const earlier = document.getElementById('posts-earlier');
  const render = async () => {
    const posts = (await Isk.api('GET', '/api/v1/posts'))
      .filter(p => Isk.session.account.role === 'admin' || p.authorId === Isk.session.account.id)
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    current.replaceChildren();
    earlier.replaceChildren();
    // Withdrawn and expired posts will not be shown again: they move under "Tidligere".
    const isEarlier = p => ['withdrawn', 'expired'].includes(postState(p));
    document.getElementById('posts-empty').hidden = posts.some(p => !isEarlier(p));
    document.getElementById('earlier').hidden = !posts.some(isEarlier);
    for (const p of posts) {
      const list = isEarlier(p) ? earlier : current;
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
