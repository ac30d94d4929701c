package io.qualspec.ui.editor;

import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Ctrl+click on a reference (a unit, group, library or organisation) opens its definition, in any file. */
final class DefinitionHyperlinks extends AbstractHyperlinkDetector {

	private final Supplier<LiveSpecification> specification;

	DefinitionHyperlinks(Supplier<LiveSpecification> specification) {
		this.specification = specification;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		return specification.get().read(resource -> Definition.at(resource, region.getOffset()))
				.map(definition -> new IHyperlink[] { new DefinitionLink(definition) }).orElse(null);
	}

	private record DefinitionLink(Definition definition) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return definition.reference();
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Definition";
		}

		@Override
		public void open() {
			try {
				definition.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
			} catch (PartInitException e) {
				ILog.of(DefinitionHyperlinks.class).error("Cannot open " + definition.file(), e);
			}
		}
	}
}
