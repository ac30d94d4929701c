package io.qualspec.generators.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.DocumentGenerator;
import io.qualspec.rules.analysis.Analysis;

/**
 * The HTML documents: a qualification's handbook and a unit's document, each one self-contained HTML5 file
 * (inline CSS with print rules for A4, no scripts, no external resources), rendered with FreeMarker from
 * the view model in {@link HtmlViews}.
 *
 * <p>Templates are {@code .ftlh} files in the HTML output format, so every text from a specification is
 * escaped. They are looked up in the override folder first, then in the bundle's {@code templates/}
 * (through the class loader, so it works in OSGi and on a plain class path). An awarding body that wants
 * its house style copies a template into the override folder and changes it: {@value #HANDBOOK},
 * {@value #UNIT}, {@value #INDEX}, the shared macros {@value #MACROS} and the style sheet {@value #STYLE}
 * (included by the others, so overriding it alone restyles every document).
 */
public final class HtmlDocuments {

	public static final String HANDBOOK = "handbook.ftlh";
	public static final String UNIT = "unit.ftlh";
	public static final String INDEX = "index.ftlh";
	public static final String MACROS = "macros.ftlh";
	public static final String STYLE = "style.ftlh";

	private final Configuration configuration;

	/** Documents with the built-in templates only. */
	public HtmlDocuments() {
		this(null);
	}

	/**
	 * @param overrides a folder whose templates replace the built-in ones of the same name, or null
	 * @throws IllegalArgumentException when {@code overrides} is given but is not a folder
	 */
	public HtmlDocuments(Path overrides) {
		TemplateLoader builtIn = new ClassTemplateLoader(HtmlDocuments.class, "/templates");
		TemplateLoader loader = builtIn;
		if (overrides != null) {
			if (!Files.isDirectory(overrides)) {
				throw new IllegalArgumentException("The template folder " + overrides + " is not a folder");
			}
			try {
				loader = new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(overrides.toFile()), builtIn });
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read the template folder " + overrides, e);
			}
		}
		configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setTemplateLoader(loader);
		configuration.setRecognizeStandardFileExtensions(true);
		configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
		configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
		configuration.setDefaultEncoding("UTF-8");
		configuration.setLocalizedLookup(false);
		configuration.setLocale(Locale.UK);
		configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
		configuration.setNumberFormat("computer");
		configuration.setBooleanFormat("c");
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setAPIBuiltinEnabled(false);
	}

	/**
	 * The handbook of a qualification: profile, rule of combination, structure tables, external assessment,
	 * grading, worked examples (printed and computed results), assessment methods, unit pages, and the
	 * engine's figures in a box marked "Computed by Qualspec".
	 *
	 * @param analysis the engine's analysis of the qualification's rule set, or null to leave the figures out
	 */
	public String handbook(ResolvedQualification qualification, Analysis analysis) {
		return render(HANDBOOK, Map.of("handbook", handbookView(qualification, analysis)));
	}

	/**
	 * The document of one unit: header rows (Title, Level, Unit Number (URN), Credit Value, GLH), learning
	 * outcomes beside their assessment criteria, grading criteria, exam details and text sections.
	 *
	 * @param membership the unit's place in a qualification (local number, sector code, reference, group),
	 *                   or null for the unit alone
	 */
	public String unitDocument(ResolvedUnit unit, ResolvedMembership membership) {
		return render(UNIT, Map.of("document", unitView(unit, membership)));
	}

	/** The index page of a generated output folder, linking each qualification's and unit's files. */
	public String index(List<DocumentGenerator.IndexEntry> qualifications, List<DocumentGenerator.IndexEntry> units) {
		HtmlViews.Index index = new HtmlViews.Index("Qualspec documents", qualifications.stream().map(HtmlDocuments::entry).toList(),
				units.stream().map(HtmlDocuments::entry).toList(), Views.GENERATOR);
		return render(INDEX, Map.of("index", index));
	}

	/** The view model {@link #handbook} renders (for other generators and for template authors). */
	private static HtmlViews.Handbook handbookView(ResolvedQualification qualification, Analysis analysis) {
		return Views.handbook(qualification, analysis);
	}

	/** The view model {@link #unitDocument} renders. */
	private static HtmlViews.UnitDocument unitView(ResolvedUnit unit, ResolvedMembership membership) {
		return Views.unitDocument(unit, membership);
	}

	private static HtmlViews.IndexEntry entry(DocumentGenerator.IndexEntry entry) {
		return new HtmlViews.IndexEntry(entry.title(), entry.subtitle(),
				entry.files().stream().map(f -> new HtmlViews.IndexFile(f.path(), f.label())).toList());
	}

	private String render(String name, Map<String, Object> model) {
		try {
			Template template = configuration.getTemplate(name);
			StringWriter out = new StringWriter();
			template.process(model, out);
			return out.toString();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the template " + name, e);
		} catch (TemplateException e) {
			throw new IllegalStateException("The template " + name + " failed: " + e.getMessage(), e);
		}
	}
}
