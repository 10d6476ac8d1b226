// Log in, and change password (required after a one-time password).
'use strict';

/**
 * The address on this site that {@code next} leads to, else null. Resolved the way the browser will resolve it
 * (backslashes, tabs and newlines included), never judged by how it starts. Absolute, and never with a path that
 * starts "//" (as "/.//evil.example" resolves), so nothing can read it as another host later.
 */
function sameSiteUrl(next) {
  if (!next) return null;
  let url;
  try {
    url = new URL(next, location.origin);
  } catch (e) {
    return null;
  }
  if (url.origin !== location.origin || url.pathname.startsWith('//')) return null;
  return url.href;
}

Isk.pages.login = async () => {
  const form = document.getElementById('login-form');
  try {
    const session = await Isk.api('GET', '/api/v1/session');
    if (session) location.assign(session.account.mustChangePassword ? '/adgangskode' : Isk.home(session.account));
  } catch (e) { /* not logged in: stay */ }
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    try {
      const session = await Isk.api('POST', '/api/v1/session',
        {username: form.username.value, password: form.password.value});
      const next = sameSiteUrl(new URLSearchParams(location.search).get('next'));
      location.assign(session.account.mustChangePassword ? '/adgangskode' : (next || Isk.home(session.account)));
    } catch (e) {
      Isk.showError(form, e);
    }
  });
};

Isk.pages.password = async () => {
  const form = document.getElementById('password-form');
  document.getElementById('must-change').hidden = !Isk.session.account.mustChangePassword;
  // Lets password managers file the new password under the right account.
  document.getElementById('pw-username').value = Isk.session.account.username;
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    Isk.clearErrors(form);
    if (form.newPassword.value !== form.repeatPassword.value) {
      Isk.showError(form, {message: Isk.t('password.notSame'), field: 'repeatPassword'});
      return;
    }
    try {
      await Isk.api('POST', '/api/v1/session/password',
        {currentPassword: form.currentPassword.value, newPassword: form.newPassword.value});
      form.reset();
      Isk.session = await Isk.api('GET', '/api/v1/session');
      Isk.status(Isk.t('password.changed'));
      setTimeout(() => location.assign(Isk.home(Isk.session.account)), 1200);
    } catch (e) {
      Isk.showError(form, e);
    }
  });
};
