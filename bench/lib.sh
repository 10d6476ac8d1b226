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
