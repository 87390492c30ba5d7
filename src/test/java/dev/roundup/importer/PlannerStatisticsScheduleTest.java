package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PlannerStatisticsScheduleTest {

    @Test
    void refreshes_after_64_posts_then_each_time_the_count_has_doubled() {
        PlannerStatistics.Schedule schedule = new PlannerStatistics.Schedule();

        List<Long> due = LongStream.rangeClosed(1, 5_000).filter(schedule::due).boxed().toList();

        assertThat(due).containsExactly(64L, 128L, 256L, 512L, 1_024L, 2_048L, 4_096L);
    }
}
