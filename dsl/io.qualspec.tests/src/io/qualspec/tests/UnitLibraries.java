package io.qualspec.tests;

/** Unit libraries that the tests' qualifications use from another file. */
final class UnitLibraries {

	/**
	 * Two customer service units as the OCR Customer Service NVQ handbook (v4, Feb 2019), §6.1, prints them
	 * in mandatory Group A of 500/9843/3: F/601/1609 (Level 1) and L/601/1614 (Level 2), 4 credits and 30
	 * GLH each.
	 */
	static final String CUSTOMER_SERVICE = """
			unit library ocr.customerservice "Units" {
				unit F/601/1609 "Communicate using customer service language" {
					short name CommunicateLanguage
					level 1
					credits 4
					glh 30
				}
				unit L/601/1614 "Follow the rules to deliver customer service" {
					level 2
					credits 4
					glh 30
				}
			}
			""";

	private UnitLibraries() {
	}
}
