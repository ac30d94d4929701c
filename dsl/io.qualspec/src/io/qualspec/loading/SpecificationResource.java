package io.qualspec.loading;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * A Qualspec file loaded. Two things cost an editor more than the parse at each edit of a large library, and
 * are done here in one pass where Xtext and EMF do them in many.
 */
public class SpecificationResource extends LazyLinkingResource {

	/** The cache key under which this resource notes that its lazy links were all tried since its last change. */
	private static final String LINKS_TRIED = SpecificationResource.class.getName() + ".linksTried";

	private Map<EObject, String> fragmentsWhileUnloading;

	/**
	 * Unloading turns each element into a proxy named by its URI fragment ("//@elements.0/@units.1523/@outcomes.2").
	 * EMF finds each segment by the element's index in its container's list, again for every element below it, so
	 * unloading a library of n units took time in n²: the fragments are written here in one walk of the tree, in
	 * EMF's form, for a language with neither IDs nor feature maps nor keyed references.
	 */
	@Override
	protected void doUnload() {
		fragmentsWhileUnloading = fragmentsOfAllContents();
		try {
			super.doUnload();
		} finally {
			fragmentsWhileUnloading = null;
		}
	}

	@Override
	public String getURIFragment(EObject object) {
		String fragment = fragmentsWhileUnloading == null ? null : fragmentsWhileUnloading.get(object);
		return fragment != null ? fragment : super.getURIFragment(object);
	}

	private Map<EObject, String> fragmentsOfAllContents() {
		Map<EObject, String> fragments = new IdentityHashMap<>();
		List<EObject> roots = getContents();
		for (int index = 0; index < roots.size(); index++) {
			String fragment = "/" + (roots.size() > 1 ? Integer.toString(index) : "");
			fragments.put(roots.get(index), fragment);
			addFragmentsBelow(roots.get(index), fragment, fragments);
		}
		return fragments;
	}

	private static void addFragmentsBelow(EObject parent, String parentFragment, Map<EObject, String> fragments) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (!parent.eIsSet(containment)) {
				continue;
			}
			String segment = parentFragment + "/@" + containment.getName();
			if (containment.isMany()) {
				List<?> children = (List<?>) parent.eGet(containment, false);
				for (int index = 0; index < children.size(); index++) {
					EObject child = (EObject) children.get(index);
					fragments.put(child, segment + "." + index);
					addFragmentsBelow(child, segment + "." + index, fragments);
				}
			} else {
				EObject child = (EObject) parent.eGet(containment, false);
				fragments.put(child, segment);
				addFragmentsBelow(child, segment, fragments);
			}
		}
	}

	/**
	 * Tries every lazy link once per state of the text. In one build the index's reference descriptions, its
	 * imported names, the builder and the validator each ask for this, and each pass walks every element of the
	 * file. The note is kept in the resource's cache, which forgets it at any change of the model, as it forgets
	 * the links it found unresolvable.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		// a cancelled pass throws, and nothing is noted
		getCache().get(LINKS_TRIED, this, () -> {
			SpecificationResource.super.resolveLazyCrossReferences(monitor);
			return Boolean.TRUE;
		});
	}
}
