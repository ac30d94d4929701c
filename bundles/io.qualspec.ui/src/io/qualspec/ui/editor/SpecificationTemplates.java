package io.qualspec.ui.editor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.TemplateVariable;
import org.eclipse.jface.text.templates.TemplateVariableResolver;
import org.eclipse.text.templates.TemplatePersistenceData;
import org.eclipse.text.templates.TemplateReaderWriter;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Injector;

import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Unit;
import io.qualspec.services.QualspecGrammarAccess;
import io.qualspec.ui.QualspecUi;

/**
 * Content-assist templates (templates/specification.xml) for a new unit, learning outcome and qualification.
 * A template's context names the element it starts, and it is proposed where the content-assist parser
 * expects that element's first keyword: a unit inside a unit library, an outcome inside a unit, a
 * qualification at the top of a file.
 */
final class SpecificationTemplates {

	private static final String FILE = "templates/specification.xml";
	private static final String CONTEXT_PREFIX = "io.qualspec.ui.templates.";

	private static volatile SpecificationTemplates loaded;

	private final List<Template> templates;
	private final Map<Keyword, String> starts;

	private SpecificationTemplates(List<Template> templates) {
		this.templates = templates;
		QualspecGrammarAccess grammar = QualspecUi.injector().getInstance(QualspecGrammarAccess.class);
		starts = Map.of(grammar.getUnitAccess().getUnitKeyword_0(), CONTEXT_PREFIX + "unit",
				grammar.getLearningOutcomeAccess().getOutcomeKeyword_0(), CONTEXT_PREFIX + "outcome",
				grammar.getQualificationAccess().getQualificationKeyword_0(), CONTEXT_PREFIX + "qualification");
	}

	/** The templates of the bundle, read once (none, and a logged error, when the file cannot be read). */
	static SpecificationTemplates get() {
		SpecificationTemplates result = loaded;
		if (result == null) {
			List<Template> read = new ArrayList<>();
			try (Reader in = new InputStreamReader(
					FrameworkUtil.getBundle(SpecificationTemplates.class).getEntry(FILE).openStream(), StandardCharsets.UTF_8)) {
				Arrays.stream(new TemplateReaderWriter().read(in)).map(TemplatePersistenceData::getTemplate).forEach(read::add);
			} catch (IOException | RuntimeException e) {
				ILog.of(SpecificationTemplates.class).error("Cannot read the Qualspec editor templates " + FILE, e);
			}
			result = new SpecificationTemplates(List.copyOf(read));
			loaded = result;
		}
		return result;
	}

	/** The templates whose element may start at the caret and whose name begins with the text typed before it. */
	List<ICompletionProposal> proposals(List<ContentAssistContext> contexts, IDocument document) {
		Map<String, ICompletionProposal> proposals = new LinkedHashMap<>();
		for (ContentAssistContext context : contexts) {
			for (AbstractElement element : context.getFirstSetGrammarElements()) {
				String contextType = element instanceof Keyword keyword ? starts.get(keyword) : null;
				if (contextType == null) {
					continue;
				}
				for (Template template : templates) {
					if (template.getContextTypeId().equals(contextType) && template.getName().startsWith(context.getPrefix())
							&& !proposals.containsKey(template.getName())) {
						proposals.put(template.getName(), proposal(template, context, document));
					}
				}
			}
		}
		return List.copyOf(proposals.values());
	}

	private static ICompletionProposal proposal(Template template, ContentAssistContext context, IDocument document) {
		IRegion replaced = new Region(context.getOffset() - context.getPrefix().length(), context.getPrefix().length());
		TemplateContextType type = new TemplateContextType(template.getContextTypeId());
		type.addResolver(new GlobalTemplateVariables.Cursor());
		type.addResolver(new Listed());
		type.addResolver(new Values("nextOutcome", List.of(String.valueOf(nextOutcome(context)))));
		type.addResolver(new Values("organisation", visibleOrganisations(context)));
		TemplateContext templateContext = new DocumentTemplateContext(type, document, replaced.getOffset(), replaced.getLength());
		// Each line of the template continues at the indentation of the line it is inserted on.
		Template indented = new Template(template.getName(), template.getDescription(), template.getContextTypeId(),
				template.getPattern().replace("\n", "\n" + indentation(document, replaced.getOffset())), false);
		return new TemplateProposal(indented, templateContext, replaced, null);
	}

	private static String indentation(IDocument document, int offset) {
		try {
			int lineStart = document.getLineInformationOfOffset(offset).getOffset();
			String line = document.get(lineStart, offset - lineStart);
			return line.substring(0, line.length() - line.stripLeading().length());
		} catch (BadLocationException e) {
			return "";
		}
	}

	/** One more than the number of the unit's outcomes written before the caret. */
	private static int nextOutcome(ContentAssistContext context) {
		Unit unit = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Unit.class);
		if (unit == null) {
			return 1;
		}
		int before = 0;
		for (LearningOutcome outcome : unit.getOutcomes()) {
			before += NodeModelUtils.findActualNodeFor(outcome).getOffset() < context.getOffset() ? 1 : 0;
		}
		return before + 1;
	}

	/** The names of the awarding organisations a qualification at the caret could be awarded by. */
	private static List<String> visibleOrganisations(ContentAssistContext context) {
		Injector injector = QualspecUi.injector();
		EObject here = context.getCurrentModel() != null ? context.getCurrentModel() : context.getRootModel();
		if (here == null) {
			return List.of();
		}
		IQualifiedNameConverter names = injector.getInstance(IQualifiedNameConverter.class);
		List<String> visible = new ArrayList<>();
		injector.getInstance(IScopeProvider.class).getScope(here, QualspecPackage.Literals.QUALIFICATION__ORGANISATION)
				.getAllElements().forEach(description -> {
					String name = names.toString(description.getName());
					if (!visible.contains(name)) {
						visible.add(name);
					}
				});
		return visible;
	}

	/** {@code ${name:default(a, b)}}: inserts a and offers the values listed. */
	private static final class Listed extends TemplateVariableResolver {

		Listed() {
			super("default", "The first value listed, the others offered");
		}

		@Override
		public void resolve(TemplateVariable variable, TemplateContext context) {
			offer(variable, variable.getVariableType().getParams());
		}
	}

	/** A variable whose values come from the model at the caret; it keeps its name when there are none. */
	private static final class Values extends TemplateVariableResolver {

		private final List<String> values;

		Values(String type, List<String> values) {
			super(type, "Values from the specification");
			this.values = values;
		}

		@Override
		public void resolve(TemplateVariable variable, TemplateContext context) {
			offer(variable, values);
		}
	}

	private static void offer(TemplateVariable variable, List<String> values) {
		if (!values.isEmpty()) {
			variable.setValues(values.toArray(String[]::new));
		}
		variable.setUnambiguous(false);
		variable.setResolved(true);
	}
}
