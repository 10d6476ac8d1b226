# Shared helpers of the benchmark scripts (sourced, not run).

# Installs Debian packages that are missing (names as arguments).
bench_require_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if (( ${#missing[@]} > 0 )); then
        echo "Installing from Debian's packages: ${missing[*]}"
        local sudo=""
        [[ $(id -u) -ne 0 ]] && sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# A TCP port on 127.0.0.1 that nothing listens on.
bench_free_port() {
    local port
    for port in $(shuf -i 20000-40000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

# Waits up to $2 seconds for something to listen on 127.0.0.1:$1.
bench_wait_port() {
    local port=$1 seconds=${2:-60} i
    for ((i = 0; i < seconds * 10; i++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "nothing listens on port $port after $seconds s" >&2
    return 1
}

# Replaces the section <!-- bench:NAME --> ... <!-- /bench:NAME --> of BENCHMARKS.md with the file $2
# (appends it when missing).
bench_write_section() {
    local name=$1 content=$2 file=${3:-BENCHMARKS.md}
    [[ -f "$file" ]] || printf '# Benchmarks\n\nFigures from `make bench` on the project machine (2 cores, shared with other work, so\nfigures move by several per cent between runs). Each section names the command that produced it.\n' > "$file"
    local begin="<!-- bench:$name -->" end="<!-- /bench:$name -->"
    if grep -qF "$begin" "$file"; then
        awk -v begin="$begin" -v end="$end" -v src="$content" '
            $0 == begin { print; while ((getline line < src) > 0) print line; skip = 1; next }
            $0 == end { skip = 0 }
            !skip { print }' "$file" > "$file.tmp" && mv "$file.tmp" "$file"
    else
        { printf '\n%s\n' "$begin"; cat "$content"; printf '%s\n' "$end"; } >> "$file"
    fi
}

# Builds the server jar and its test classes with JDK $1 (output on stderr); prints the class path of the
# benchmark drivers in server's test classes. Maven honours MAVEN_ARGS (e.g. -Dmaven.repo.local=...).
bench_build_server() {
    local jdk=$1
    JAVA_HOME="$jdk" ./mvnw -B -q -ntp -pl server -am install -DskipTests >&2
    JAVA_HOME="$jdk" ./mvnw -B -q -ntp -pl server dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$PWD/server/target/bench.classpath" >&2
    echo "$PWD/server/target/test-classes:$PWD/server/target/classes:$(cat "$PWD/server/target/bench.classpath")"
}

# Raises this shell's open-file limit as far as allowed; warns when it stays below $1.
bench_raise_open_files() {
    local want=$1
    ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    if [[ $(ulimit -n) != unlimited ]] && (( $(ulimit -n) < want )); then
        echo "warning: open files are limited to $(ulimit -n) (hard limit $(ulimit -Hn)), below the $want this run" \
            "needs; expect connection errors (raise the hard limit, e.g. with the container's --ulimit nofile=...)" >&2
    fi
}

# Waits up to $2 seconds (default 30) for the first-start one-time password of "admin" in the server log $1; prints it.
bench_admin_password() {
    local log=$1 seconds=${2:-30} i password
    for ((i = 0; i < seconds * 10; i++)); do
        password=$(sed -n 's/.*engangsadgangskode \([^ ]*\).*/\1/p' "$log" | head -1)
        [[ -n "$password" ]] && { echo "$password"; return 0; }
        sleep 0.1
    done
    echo "no one-time password for admin in $log after $seconds s" >&2
    return 1
}

# Stops process $1 (TERM, then KILL after $2 seconds, default 20) and reaps it when it is our child.
bench_stop_pid() {
    local pid=$1 seconds=${2:-20} i
    [[ -n "$pid" ]] || return 0
    kill "$pid" 2>/dev/null || return 0
    for ((i = 0; i < seconds * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# The value of the top-level key $1 (a number, null or true/false) in the one-line JSON object $2.
bench_json_field() {
    sed -n "s/.*\"$1\":\([^,}]*\).*/\1/p" <<<"$2"
}

# "yes" when the figure $1 is a number below $2 (strictly), "no" when it is not, "n/a" when it is missing/null.
bench_below() {
    [[ -z "$1" || "$1" == null ]] && { echo "n/a"; return; }
    awk -v v="$1" -v limit="$2" 'BEGIN { print (v + 0 < limit + 0) ? "yes" : "no" }'
}

# "$1 ms", or "not reported (null)" when the figure is missing or null.
bench_ms() {
    if [[ -z "$1" || "$1" == null ]]; then echo "not reported (null)"; else echo "$1 ms"; fi
}

# Waits up to $3 seconds (default 90) for process $1 to listen on 127.0.0.1:$2; fails at once when it exits.
bench_wait_listening() {
    local pid=$1 port=$2 seconds=${3:-90} i
    for ((i = 0; i < seconds * 10; i++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before listening on port $port" >&2; return 1; }
        sleep 0.1
    done
    echo "nothing listens on port $port after $seconds s" >&2
    return 1
}
