#!/usr/bin/env bash
# Times the qualspec command as a user runs it: whole processes, JVM start included, each command RUNS
# times (default 5), and prints the median and the range of each, with the load average before and after.
#
#   releng/benchmark-cli.sh [RUNS] [LAUNCHER]
#
# LAUNCHER defaults to this repository's ./qualspec (built first if stale, by one untimed run); give another
# checkout's launcher to compare two builds on the same machine in the same session. docs/performance.md
# has the figures and what they measure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
launcher="${2:-$root/qualspec}"
examples="$root/examples"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# one qualification from its three files (the awarding organisation, the unit library, the qualification)
handbook=("$examples/ocr/ocr.qspec" "$examples/ocr/customer-service-nvq/units.qspec"
	"$examples/ocr/customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec")

"$launcher" --version >/dev/null # builds the command line when it is stale; not timed

# median and range, in seconds, of one command's wall times; fails when any run fails
time_command() {
	local label="$1" times=() start end
	shift
	for ((i = 0; i < runs; i++)); do
		start=$(date +%s%N)
		if ! "$launcher" "$@" >"$out/stdout" 2>"$out/stderr"; then
			echo "benchmark: '$label' failed:" >&2
			cat "$out/stdout" "$out/stderr" >&2
			exit 1
		fi
		end=$(date +%s%N)
		times+=($(((end - start) / 1000000)))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v runs="$runs" '
		{ t[NR] = $1 }
		END {
			median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
			printf "%-44s median %6.2f s   (min %.2f, max %.2f, %d runs)\n", label, median / 1000, t[1] / 1000, t[NR] / 1000, runs
		}'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; launcher $launcher"
time_command "--version" --version
time_command "validate one small file (48 lines)" validate "$examples/access-to-he/health-qaa140083.qspec"
time_command "generate HTML of one qualification (3 files)" generate "${handbook[@]}" --formats html -o "$out/handbook"
time_command "generate all examples, all formats" generate "$examples" -o "$out/all"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
