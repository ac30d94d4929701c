package io.qualspec.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed specification into its canonical layout (used by "qualspec format" and tests). */
public class SpecificationFormatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/** The canonical text of a resource that parsed without syntax errors. */
	public String format(XtextResource resource) {
		if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
			ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
			FormatterRequest request = requests.get().setTextRegionAccess(regions);
			List<ITextReplacement> replacements = formatters.get().format(request);
			return regions.getRewriter().renderToString(replacements);
		}
		throw new IllegalArgumentException("Only a file without syntax errors can be formatted: " + resource.getURI());
	}
}
