import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes ./qualspec start fast: run by the build (package phase, after the class path is collected into
 * target/lib) with the JDK the build runs on, as a single-file program ({@code java ClassDataArchive.java
 * TARGET EXAMPLES}).
 * <ol>
 * <li>Removes the signatures from the signed jars of target/lib (Eclipse's EMF, Xtext, LSP4J, Equinox). The
 * JVM verifies a signed jar's certificates and digests as it loads from it, and never puts classes of a
 * signed jar into a class-data archive, nor any class that extends or implements one of them: with the
 * signatures, most of the language (Xtext, EMF and every class generated for the grammar) stays outside.
 * On a class path nothing else reads a jar's signature.</li>
 * <li>Runs the command once over an example qualification (generate, every format: loading, every check,
 * every generator) as ./qualspec runs it, and has the JVM write what that run loaded, linked and profiled into
 * target/class-data: an AOT cache (JEP 483, 514, 515) on JDK 25 and newer, an AppCDS archive
 * (-XX:ArchiveClassesAtExit) on older ones. A copy of the JDK's release file records which JDK made it;
 * ./qualspec uses the archive only with that JDK.</li>
 * </ol>
 * The training run's own output goes to target/class-data/training.log. Without an archive (a JDK that
 * cannot make one) ./qualspec runs as before, only slower; that is said but does not fail the build.
 */
public class ClassDataArchive {

	/**
	 * What the training run generates every format of: one qualification from its three files. All examples
	 * would make the run take longer and the archive no better (docs/performance.md).
	 */
	private static final List<String> TRAINING_FILES = List.of("ocr/ocr.qspec", "ocr/customer-service-nvq/units.qspec",
			"ocr/customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec");

	/** The files by which a jar is signed (the JAR File Specification, "Signed JAR File"). */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

	public static void main(String[] args) throws IOException, InterruptedException {
		Path target = Path.of(args[0]);
		Path examples = Path.of(args[1]);
		Path lib = target.resolve("lib");
		for (Path jar : jars(lib)) {
			removeSignature(jar);
		}
		Path classData = target.resolve("class-data");
		deleteRecursively(classData);
		Files.createDirectories(classData);
		train(lib, classData, examples);
	}

	private static List<Path> jars(Path lib) throws IOException {
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(lib, "*.jar")) {
			files.forEach(jars::add);
		}
		Collections.sort(jars);
		return jars;
	}

	/** Rewrites a signed jar without its signature files; leaves an unsigned one untouched. */
	static void removeSignature(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(ClassDataArchive::isSignature)) {
				return;
			}
			Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
			try (OutputStream file = Files.newOutputStream(unsigned); ZipOutputStream out = new ZipOutputStream(file)) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (isSignature(entry)) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
			Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static boolean isSignature(ZipEntry entry) {
		return SIGNATURE.matcher(entry.getName().toUpperCase(java.util.Locale.ROOT)).matches();
	}

	/** The training run: ./qualspec's JVM and options, plus the option that writes the archive at exit. */
	private static void train(Path lib, Path classData, Path examples) throws IOException, InterruptedException {
		int feature = Runtime.version().feature();
		Path javaHome = Path.of(System.getProperty("java.home"));
		Path archive = classData.resolve(feature >= 25 ? "qualspec.aot" : "qualspec.jsa");
		List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
		if (feature >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add(feature >= 25 ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
		// the class path as ./qualspec gives it: the JVM expands the wildcard in the same order for both runs
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dguice_bytecode_gen_option=DISABLED", "-Xss4m", "-XX:+UseSerialGC", "-Dshut.up.ojAlgo=true",
				"-Dlog4j.configuration=qualspec-log4j.properties",
				"-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
				"-cp", lib + "/*", "io.qualspec.cli.Main", "generate"));
		for (String file : TRAINING_FILES) {
			command.add(examples.resolve(file).toString());
		}
		command.addAll(List.of("-o", classData.resolve("training-output").toString()));
		Path log = classData.resolve("training.log");
		Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = training.waitFor();
		deleteRecursively(classData.resolve("training-output"));
		Path release = javaHome.resolve("release");
		if (exit != 0 || !Files.isRegularFile(archive) || !Files.isRegularFile(release)) {
			System.out.println("[WARNING] No class-data archive: the training run exited with " + exit + " (its log: "
					+ log + ")" + (Files.isRegularFile(release) ? "" : ", or the JDK has no release file to name it by")
					+ "; ./qualspec will start without one");
			Files.deleteIfExists(archive);
			return;
		}
		Files.copy(release, classData.resolve("jdk-release"));
		System.out.printf("[INFO] Class-data archive for JDK %s: %s (%,d kB)%n", Runtime.version(), archive,
				Files.size(archive) / 1024);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
