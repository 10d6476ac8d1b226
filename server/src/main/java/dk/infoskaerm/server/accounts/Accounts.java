package dk.infoskaerm.server.accounts;

import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.DatabaseException;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import io.helidon.http.Status;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Accounts, logins and sessions: the rules; the services only translate HTTP. */
public final class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MIN_PASSWORD = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final AreaRepository areas;
    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final Auth auth;
    private final String dummyHash;

    private Accounts(Database db, AreaRepository areas, PasswordHasher hasher, LoginLimiter limiter,
                     Duration idle, Duration absolute, boolean secureCookies, String trustedProxy) {
        this.db = db;
        this.areas = areas;
        this.repository = new AccountRepository(db);
        this.hasher = hasher;
        this.limiter = limiter;
        this.auth = new Auth(new SessionStore(db, repository, idle, absolute, Clock.systemUTC()), secureCookies,
                trustedProxy);
        this.dummyHash = hasher.dummyHash();
    }

    /** Accounts on {@code db}, set up with {@code settings}. */
    public static Accounts create(Database db, AreaRepository areas, AccountSettings settings) {
        Objects.requireNonNull(db, "db");
        return new Accounts(db, areas,
                new PasswordHasher(settings.bcryptCost()),
                new LoginLimiter(settings.maxFailuresPerIp(), settings.loginWindow(), settings.accountDelayPerFailure(),
                        settings.accountMaxDelay(), Clock.systemUTC()),
                settings.sessionIdle(), settings.sessionAbsolute(), settings.secureCookies(), settings.trustedProxy());
    }

    /** The request guard. */
    public Auth auth() {
        return auth;
    }

    /**
     * On a first start (no administrator yet) creates {@code admin} with a random one-time password and prints it
     * once to {@code out}; it is stored only as a hash. Returns the administrator it made, if it made one.
     */
    public Optional<Account> ensureAdmin(PrintStream out) {
        if (repository.anyAdmin()) {
            return Optional.empty();
        }
        String password = oneTimePassword();
        Account admin = new Account(Ids.newId(), "admin", "Administrator", Role.ADMIN, Set.of(), Set.of(), true, false);
        try {
            insert(admin, password, null);
        } catch (DatabaseException e) {
            // Another instance sharing the database made the first administrator at the same moment.
            if (repository.anyAdmin()) {
                return Optional.empty();
            }
            throw e;
        }
        out.println("Log ind som administrator: brugernavn admin, engangsadgangskode " + password
                + " (skift den ved første login)");
        out.flush();
        LOG.info("First start: created the administrator 'admin' with a one-time password, shown once on the console");
        return Optional.of(admin);
    }

    /** Creates an account with a known password (bootstrap and tests); the caller chooses it, so no forced change. */
    public Account createWithPassword(String username, Role role, Set<String> areaSlugs, Set<String> trusted,
                                      String password) {
        Account account = new Account(Ids.newId(), username, username, role, areaSlugs, trusted, false, false);
        insert(account, password, null);
        return account;
    }

    record Login(Account account, SessionStore.NewSession session) {
    }

    /**
     * Logs in, or throws 429 (too many failures from {@code ip}), 401 (wrong) or 403 (disabled). An account with
     * recent failures is never refused, only slowed down (see {@link LoginLimiter}).
     */
    Login login(String username, String password, String ip) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Instant> blocked = limiter.blockedUntil(ip);
        if (blocked.isPresent()) {
            String at = LocalTime.ofInstant(blocked.get(), DanishDates.ZONE)
                    .format(DateTimeFormatter.ofPattern("HH.mm"));
            throw new ApiException(Status.TOO_MANY_REQUESTS_429, "accounts.blocked", "username", at,
                    Math.max(1, Duration.between(Instant.now(), blocked.get()).toMinutes() + 1));
        }
        pause(limiter.delay(name));
        Optional<AccountRepository.Stored> stored = name.isEmpty() ? Optional.empty() : repository.findByUsername(name);
        boolean ok = hasher.matches(password == null ? "" : password,
                stored.map(AccountRepository.Stored::passwordHash).orElse(dummyHash)) && stored.isPresent();
        if (!ok) {
            limiter.failed(name, ip);
            throw new ApiException(Status.UNAUTHORIZED_401, "accounts.wrongPassword", "password");
        }
        Account account = stored.get().account();
        if (account.disabled()) {
            throw new ApiException(Status.FORBIDDEN_403, "accounts.disabled", "username");
        }
        limiter.succeeded(name);
        return new Login(account, auth.sessions().create(account.id()));
    }

    /** Waits before a password is checked; each request has its own (virtual) thread, so only it waits. */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("login interrupted while slowed down", e);
        }
    }

    void logout(Caller caller) {
        auth.sessions().delete(caller.sessionHash());
    }

    /** Changes the caller's own password; ends their other sessions. */
    void changePassword(Caller caller, String current, String next) {
        String hash = repository.findByUsername(caller.name()).orElseThrow().passwordHash();
        if (current == null || !hasher.matches(current, hash)) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "accounts.currentPassword", "currentPassword");
        }
        requireGoodPassword(next, "newPassword");
        if (next.equals(current)) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "accounts.samePassword", "newPassword");
        }
        String newHash = hasher.hash(next);
        db.inTransaction(c -> {
            AccountRepository.setPassword(c, caller.id(), newHash, false, Instant.now());
            AuditLog.record(c, caller.id(), caller.name(), "password-changed", "account", caller.id(), "");
            return null;
        });
        auth.sessions().deleteAllOf(caller.id(), caller.sessionHash());
    }

    List<Account> list() {
        return repository.list();
    }

    Account require(String id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("accounts.notFound", "id"));
    }

    /** Creates (invites) an account with a one-time password, which is returned once. */
    Invited invite(Caller admin, AccountRequest request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "accounts.username", "username");
        }
        if (repository.findByUsername(username).isPresent()) {
            throw new ApiException(Status.CONFLICT_409, "accounts.usernameTaken", "username");
        }
        Account account = validated(Ids.newId(), username, request, false);
        account = new Account(account.id(), username, account.displayName(), account.role(), account.areas(),
                account.trustedAreas(), true, false);
        String password = oneTimePassword();
        insert(account, password, admin);
        return new Invited(account, password);
    }

    /** The answer to an invitation: the account and its one-time password, shown once. */
    record Invited(Account account, String oneTimePassword) {
    }

    /** The fields an administrator sets on an account. */
    record AccountRequest(String username, String displayName, String role, List<String> areas,
                          List<String> trustedAreas, Boolean disabled) {
    }

    Account update(Caller admin, String id, AccountRequest request) {
        Account old = require(id);
        Account updated = validated(id, old.username(), request, request.disabled() == null ? old.disabled()
                : request.disabled());
        updated = new Account(id, old.username(), updated.displayName(), updated.role(), updated.areas(),
                updated.trustedAreas(), old.mustChangePassword(), updated.disabled());
        if (id.equals(admin.id()) && (updated.disabled() || !updated.isAdmin())) {
            throw new ApiException(Status.CONFLICT_409, "accounts.notSelf", "disabled");
        }
        Account done = updated;
        db.inTransaction(c -> {
            AccountRepository.update(c, done, Instant.now());
            AuditLog.record(c, admin.id(), admin.name(), done.disabled() && !old.disabled() ? "disabled" : "changed",
                    "account", id, describe(done));
            return null;
        });
        if (done.disabled()) {
            auth.sessions().deleteAllOf(id, null);
        }
        return done;
    }

    /**
     * From the server's console ({@code infoskaerm reset-password}): gives the account {@code username} a new
     * one-time password and ends its sessions; empty when there is no such account.
     */
    public Optional<String> resetPasswordFromConsole(String username) {
        Optional<Account> account = repository.findByUsername(username).map(AccountRepository.Stored::account);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String password = oneTimePassword();
        String hash = hasher.hash(password);
        db.inTransaction(c -> {
            AccountRepository.setPassword(c, account.get().id(), hash, true, Instant.now());
            AuditLog.record(c, "console", "konsol", "password-reset", "account", account.get().id(), username);
            return null;
        });
        auth.sessions().deleteAllOf(account.get().id(), null);
        return Optional.of(password);
    }

    /** Gives the account a new one-time password and ends its sessions. */
    String resetPassword(Caller admin, String id) {
        Account account = require(id);
        String password = oneTimePassword();
        String hash = hasher.hash(password);
        db.inTransaction(c -> {
            AccountRepository.setPassword(c, account.id(), hash, true, Instant.now());
            AuditLog.record(c, admin.id(), admin.name(), "password-reset", "account", account.id(), account.username());
            return null;
        });
        auth.sessions().deleteAllOf(account.id(), null);
        return password;
    }

    private Account validated(String id, String username, AccountRequest r, boolean disabled) {
        String displayName = PlainText.field(
                r.displayName() == null || r.displayName().isBlank() ? username : r.displayName(), "displayName", 200, true);
        Role role = Role.fromWire(r.role() == null ? "volunteer" : r.role());
        if (role == null) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "accounts.role", "role");
        }
        Set<String> areaSet = role == Role.ADMIN ? Set.of() : existingAreas(r.areas(), "areas");
        Set<String> trusted = role == Role.ADMIN ? Set.of() : existingAreas(r.trustedAreas(), "trustedAreas");
        if (role == Role.VOLUNTEER && areaSet.isEmpty()) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "accounts.volunteerAreas", "areas");
        }
        if (!areaSet.containsAll(trusted)) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "accounts.trustedAreas", "trustedAreas");
        }
        return new Account(id, username, displayName, role, areaSet, trusted, false, disabled);
    }

    private Set<String> existingAreas(List<String> slugs, String field) {
        Set<String> result = new HashSet<>();
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            if (slug == null || areas.find(slug).isEmpty()) {
                throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "area.unknown", field, slug);
            }
            result.add(slug);
        }
        return result;
    }

    private void insert(Account account, String password, Caller actor) {
        String hash = hasher.hash(password);
        db.inTransaction(c -> {
            AccountRepository.insert(c, account, hash, Instant.now());
            AuditLog.record(c, actor == null ? null : actor.id(), actor == null ? "system" : actor.name(), "created",
                    "account", account.id(), describe(account));
            return null;
        });
    }

    private static String describe(Account a) {
        return a.username() + " (" + (a.role() == Role.ADMIN ? "administrator" : "frivillig") + "), områder: "
                + String.join(", ", new java.util.TreeSet<>(a.areas())) + "; betroet i: "
                + String.join(", ", new java.util.TreeSet<>(a.trustedAreas()));
    }

    private static void requireGoodPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "accounts.passwordShort", field, MIN_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "accounts.passwordLong", field, PasswordHasher.MAX_BYTES);
        }
    }

    private static String oneTimePassword() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }
}
