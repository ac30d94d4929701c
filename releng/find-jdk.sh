# Sourced by ./qualspec and .ci/run: sets JAVA_HOME to a JDK 21 or newer (JAVA_HOME first, then the JDKs
# under /usr/lib/jvm, newest first), or fails with a message naming what was found.
# The version of the JDK at $1, from its release file (JAVA_VERSION="25.0.1"), or from the JDK itself when it
# has none: reading the file spares ./qualspec a JVM start on every run.
qualspec_java_version() {
	local version=""
	[ -f "$1/release" ] && version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"/\1/p' "$1/release")"
	[ -n "$version" ] || version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
	echo "$version"
}

qualspec_find_jdk() {
	local candidate version
	for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
		candidate="${candidate%/}"
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		version="$(qualspec_java_version "$candidate")"
		if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
			JAVA_HOME="$candidate"
			export JAVA_HOME
			return 0
		fi
	done
	echo "qualspec: no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm); install one and set JAVA_HOME." >&2
	return 1
}
