# Sourced by ./qualspec and .ci/run: sets JAVA_HOME to a JDK 21 or newer (JAVA_HOME first, then the JDKs
# under /usr/lib/jvm, newest first), or fails with a message naming what was found.
qualspec_java_version() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
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
