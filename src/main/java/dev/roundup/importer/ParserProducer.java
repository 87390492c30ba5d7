package dev.roundup.importer;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.roundup.common.RoundupConfig;

class ParserProducer {

    @Produces
    @Singleton
    PostParser postParser(RoundupConfig config) {
        return new PostParser(config.site().baseUrl(), config.reading().wordsPerMinute());
    }
}
