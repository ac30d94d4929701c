package io.qualspec.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.qualspec.testing.Fixtures;
import io.qualspec.testing.Layout;
import io.qualspec.testing.Repository;

/**
 * The one canonical layout: statements on their own lines, tab indentation, single spaces; of several blank
 * lines one is kept. Every example and fixture is written in it, so formatting any of them with the
 * indentation of its statements taken away gives back the file as committed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void oneStatementPerLineWithTabIndentation() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("unit library a.b \"Units\" { unit F/601/1609 \"Title\" { level 1 credits  4\n\n\n\n glh 30 "
					+ "outcome 1 \"Understand it\" { criterion 1.1 \"Explain it\" criterion 1.2 \"Describe it\" } } }");
			request.setExpectation("""
					unit library a.b "Units" {
						unit F/601/1609 "Title" {
							level 1
							credits 4

							glh 30
							outcome 1 "Understand it" {
								criterion 1.1 "Explain it"
								criterion 1.2 "Describe it"
							}
						}
					}
					""");
		});
	}

	@Test
	void limitedPermissionsAndMentionsStayOnTheirStatementsLine() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("unit library a.b \"Units\" { unit F/601/1609 \"Title\" { simulation allowed\n in "
					+ "500/8625/X section { \"See unit 2.\"  mentions  M/601/1508 \"Other\"\nlevel 1 - \"Unit 2\" mentions M/601/1508 "
					+ "level 1 } } } qualification 500/8625/X \"Q\" { simulation not allowed for\ncompetence units }");
			request.setExpectation("""
					unit library a.b "Units" {
						unit F/601/1609 "Title" {
							simulation allowed in 500/8625/X
							section {
								"See unit 2." mentions M/601/1508 "Other" level 1
								- "Unit 2" mentions M/601/1508 level 1
							}
						}
					}

					qualification 500/8625/X "Q" {
						simulation not allowed for competence units
					}
					""");
		});
	}

	@Test
	void versionHistoryHasOneChangePerLine() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("qualification 500/8625/X \"Q\" { version \"5\" issued 2025-09 { change \"Unit F1: 5 credits\" "
					+ "in section \"6.1\"\nabout unit F/601/1609 , rules change \"Address updated\" in all sections } version \"4\" issued 2019-02 }");
			request.setExpectation("""
					qualification 500/8625/X "Q" {
						version "5" issued 2025-09 {
							change "Unit F1: 5 credits" in section "6.1" about unit F/601/1609, rules
							change "Address updated" in all sections
						}
						version "4" issued 2019-02
					}
					""");
		});
	}

	static Stream<Path> committedSpecifications() {
		return Stream.concat(Repository.exampleFiles().stream(),
				Stream.of(Fixtures.allConstructsUnits(), Fixtures.allConstructsQualification()));
	}

	@ParameterizedTest
	@MethodSource("committedSpecifications")
	void formattingRestoresTheCommittedLayout(Path file) throws IOException {
		String committed = Files.readString(file);
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(Layout.withoutIndentation(committed));
			request.setExpectation(committed);
		});
	}
}
