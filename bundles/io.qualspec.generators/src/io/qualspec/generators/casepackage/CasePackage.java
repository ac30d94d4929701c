package io.qualspec.generators.casepackage;

import java.util.List;
import java.util.Map;

import com.google.gson.annotations.SerializedName;

/**
 * A CASE 1.1 CFPackage as {@link CasePackageExport} writes it: the objects and properties of the CASE
 * information model that Qualspec fills, each property under its CASE name, in the order the JSON lists them.
 * A null property is left out of the JSON.
 */
record CasePackage(@SerializedName("CFDocument") Document document, @SerializedName("CFItems") List<Item> items,
		@SerializedName("CFAssociations") List<Association> associations,
		@SerializedName("CFDefinitions") Definitions definitions) {

	/** The qualification. */
	record Document(String identifier, String uri, String caseVersion, String creator, String title,
			String lastChangeDateTime, @SerializedName("officialSourceURL") String officialSourceUrl, String publisher,
			String description, List<String> subject, String language, String version, String statusEndDate,
			String notes) {
	}

	/** A unit, learning outcome, assessment criterion or grading criterion; {@code extensions} by vendor. */
	record Item(String identifier, String fullStatement, @SerializedName("CFItemType") String itemType, String uri,
			String humanCodingScheme, String listEnumeration, String language, List<String> educationLevel,
			@SerializedName("CFItemTypeURI") Link itemTypeUri, String lastChangeDateTime, String notes,
			Map<String, Map<String, Object>> extensions) {

		Item identified(String id, String itemUri) {
			return new Item(id, fullStatement, itemType, itemUri, humanCodingScheme, listEnumeration, language, educationLevel,
					itemTypeUri, lastChangeDateTime, notes, extensions);
		}
	}

	/** origin isChildOf destination, within a grouping (a group of the structure table) or none. */
	record Association(String identifier, String associationType, int sequenceNumber, String uri,
			@SerializedName("originNodeURI") Link origin, @SerializedName("destinationNodeURI") Link destination,
			@SerializedName("CFAssociationGroupingURI") Link grouping, String lastChangeDateTime) {
	}

	/** A LinkGenURI: the title, identifier and uri of another object. */
	record Link(String title, String identifier, String uri) {
	}

	record Definitions(@SerializedName("CFItemTypes") List<ItemType> itemTypes,
			@SerializedName("CFAssociationGroupings") List<Grouping> groupings) {
	}

	record ItemType(String identifier, String uri, String title, String description, String hierarchyCode,
			String typeCode, String lastChangeDateTime) {
	}

	record Grouping(String identifier, String uri, String title, String description, String lastChangeDateTime) {
	}
}
