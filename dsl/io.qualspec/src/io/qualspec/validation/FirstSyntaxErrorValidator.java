package io.qualspec.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * A file with a syntax error gets that error alone. After a misplaced token the parser leaves the block it is in and
 * reads every statement after it as misplaced too: one stray "x" in a qualification gave 112 errors. So only the first
 * syntax error is reported, with the unresolved references written before it; the checks, which would read a model
 * cut short, run again once the file parses.
 */
public class FirstSyntaxErrorValidator extends ResourceValidatorImpl {

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		int firstSyntaxError = firstSyntaxErrorOffset(resource);
		if (firstSyntaxError < 0) {
			super.collectResourceDiagnostics(resource, monitor, acceptor);
			return;
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			int offset = error instanceof AbstractDiagnostic located ? located.getOffset() : Integer.MAX_VALUE;
			if (offset < firstSyntaxError || offset == firstSyntaxError && error instanceof XtextSyntaxDiagnostic) {
				issueFromXtextResourceDiagnostic(error, Severity.ERROR, acceptor);
			}
		}
	}

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (firstSyntaxErrorOffset(resource) < 0) {
			super.validate(resource, mode, monitor, acceptor);
		}
	}

	private static int firstSyntaxErrorOffset(Resource resource) {
		List<Resource.Diagnostic> errors = resource.getErrors();
		return errors.stream().filter(XtextSyntaxDiagnostic.class::isInstance)
				.mapToInt(error -> ((XtextSyntaxDiagnostic) error).getOffset()).min().orElse(-1);
	}
}
