import Testing
@testable import Parallax

/// Names parsed as news writes them: country short forms, party nouns, titles and initials, relatives, tags.
@Suite("News name rules")
struct NewsNameRulesTests {
    func entities(_ text: String) -> [EntityMention] {
        EntityRecognizer().recognize(AnalysisTestText.article(text))
    }

    @Test func countryShortFormsNameTheirCountry() {
        let found = entities("U.S. officials met in Geneva. The United States and America's allies agreed, the UK said.")
        #expect(found.filter { ["U.S.", "United States", "America"].contains($0.text) }.map(\.canonical)
            == ["United States", "United States", "United States"])
        #expect(found.first { $0.text == "UK" }?.canonical == "United Kingdom")
    }

    @Test func partyNounsAndAdjectivesNameTheParty() {
        let found = entities("Republican presidential candidate Rick Perry spoke in Iowa. Republicans cheered, the GOP said.")
        let party = found.filter { $0.canonical == "Republican Party" }
        #expect(party.map(\.text) == ["Republican", "Republicans", "GOP"])
        #expect(party.allSatisfy { $0.kind == .organization })
        #expect(found.contains { $0.text == "Rick Perry" && $0.kind == .person })
    }

    @Test func partyStateTagsAndContractionsAreNotNames() {
        let found = entities("Sen. Ted Cruz (R-Texas) spoke. “I’m not leaving,” Cruz said. I'll see, said Rep. Ann Wagner (R-Mo.).")
        #expect(!found.contains { $0.text.hasPrefix("R-") || $0.text.hasPrefix("I") })
        // The tag's state is a place, however AP abbreviates it.
        #expect(found.filter { $0.kind == .place }.map(\.canonical) == ["Texas", "Missouri"])
        let tagged = entities("Sen. Dick Durbin (D-Ill.) and Sen. Sheldon Whitehouse (D-R.I.) objected, as did Rep. Lee (D-Calif.).")
        #expect(tagged.filter { $0.kind == .place }.map(\.canonical) == ["Illinois", "Rhode Island", "California"])
    }

    @Test func aDayAfterANameIsNotPartOfIt() {
        let found = entities("The plan was unveiled, said Barack Obama Monday, and Michael Steele Sunday agreed.")
        #expect(found.filter { $0.kind == .person }.map(\.text) == ["Barack Obama", "Michael Steele"])
        // A day's own name keeps its weekday.
        #expect(!entities("Shoppers crowded the stores on Black Friday and Super Tuesday.").contains { ["Black", "Super"].contains($0.text) })
    }

    @Test func capitalizedCommonWordsAreNotPeopleOrPlaces() {
        // Program names and plural nouns in capitals: no given name, no title, every word a dictionary word.
        let found = entities("The offer extends Seasonal Harvest Permits and Deferred Removal for two years "
            + "and grants protections to Newcomers, said Fabian Cancellara in the Rose Garden.")
        #expect(found.filter { $0.kind == .person }.map(\.text) == ["Fabian Cancellara"])
        #expect(found.filter { $0.kind == .place }.map(\.text) == ["Rose Garden"])
    }

    @Test func regionalAdjectivesAreNotPlacesAndRegionsAre() {
        let found = entities("A Midwestern Democrat challenged her. Voters in the Midwest and New England agreed.")
        #expect(!found.contains { $0.text == "Midwestern" })
        #expect(found.filter { $0.kind == .place }.map(\.text) == ["Midwest", "New England"])
    }

    @Test func aBareSurnameGoesToTheMostNamedBearerAndTitlesTellGender() {
        let text = "Rep. Duncan Hunter was indicted. Duncan Hunter and his wife, Margaret Hunter, deny it. "
            + "Hunter spoke on Tuesday. Mrs. Hunter did not."
        let found = entities(text)
        #expect(found.filter { $0.text == "Hunter" }.map(\.canonical) == ["Duncan Hunter", "Margaret Hunter"])
    }

    @Test func aRelativeTakesABareSurnameOnlyWhenATitleTellsHerGender() {
        // The president is never named in full; the relative's given name is in no name list.
        let text = "President Berg spoke on Monday. The first lady, Ilinca Berg, said it was wrong. "
            + "Berg said he agreed. Mr. Berg left. Mrs. Berg stayed."
        let found = entities(text)
        #expect(found.filter { $0.text == "Berg" }.map(\.canonical) == ["Berg", "Berg", "Berg", "Ilinca Berg"])
    }

    @Test func organizationHeadsCompoundsAndDemonymsInsideRuns() {
        let found = entities("The Justice Department said the Department would act against Al Qaeda-linked groups. "
            + "The South Carolina Republican Trey Gowdy and the Chinese Foreign Ministry disagreed.")
        #expect(found.contains { $0.text == "Justice Department" && $0.kind == .organization })
        #expect(!found.contains { $0.text == "Department" })
        #expect(found.contains { $0.text == "Al Qaeda" })
        #expect(!found.contains { $0.text.contains("Carolina Republican") })
        #expect(found.contains { $0.text == "Chinese Foreign Ministry" && $0.kind == .organization })
    }

    @Test func initialsMarkPeople() {
        let found = entities("The letter was signed by Elijah E. Cummings and R. Clarke Cooper on Monday.")
        #expect(found.filter { $0.kind == .person }.map(\.text) == ["Elijah E. Cummings", "R. Clarke Cooper"])
    }

    @Test func officeNamesAreReadBothWays() {
        #expect(EntityCanonicalizer.invertedOrganization("Russian Ministry of Foreign Affairs") == "Russian Foreign Ministry")
        #expect(EntityCanonicalizer.invertedOrganization("Department of Justice") == "Justice Department")
        #expect(EntityCanonicalizer.invertedOrganization("Rick Perry") == nil)
    }
}
