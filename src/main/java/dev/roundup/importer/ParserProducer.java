package dev.roundup.importer;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.roundup.common.RoundupConfig;
import dev.roundup.section.SectionKindRules;
import dev.roundup.section.SectionsConfig;

class ParserProducer {

    @Produces
    @Singleton
    PostParser postParser(RoundupConfig config, RoundupsConfig roundups, SectionsConfig sections) {
        ImportRules rules = new ImportRules(config.site().zone(), RoundupRule.of(roundups),
                SectionKindRules.of(sections.kinds()), IssueNumbers.of(roundups));
        return new PostParser(config.site().baseUrl(), config.reading().wordsPerMinute(), rules);
    }
}
