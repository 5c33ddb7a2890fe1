package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equalitymonitoring.resolution.JournalMap.concept;
import static org.equalitymonitoring.resolution.Records.rec;
import static org.equalitymonitoring.resolution.SourceIds.APC;
import static org.equalitymonitoring.resolution.SourceIds.GP_JOURNAL;
import static org.equalitymonitoring.resolution.SourceIds.OP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.equalitymonitoring.coding.CategoryKind;
import org.junit.jupiter.api.Test;

class GroupedResolutionIteratorTest {
  private static final ResolutionPolicy RECENCY =
      ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);
  private static final String[] CODES = {"A", "B", "C", "H", "N", "Z", "99"};

  /**
   * Generates {@code persons} persons with 1 to 7 records each, lazily, never holding more than the
   * current record. Person {@code p}'s latest record (day 7) has code A when p is divisible by 3,
   * and otherwise the person has only older records of one code.
   */
  private static final class LazyRecords implements Iterator<EthnicityRecord> {
    private final int persons;
    private int person;
    private int record;
    long produced;
    int maxPersonSeen = -1;

    LazyRecords(int persons) {
      this.persons = persons;
    }

    static int size(int person) {
      return 1 + person % 7;
    }

    @Override
    public boolean hasNext() {
      return person < persons;
    }

    @Override
    public EthnicityRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String key = String.format("p%09d", person);
      String code;
      int day;
      if (person % 3 == 0 && record == size(person) - 1) {
        code = "A";
        day = 28;
      } else {
        code = person % 3 == 0 ? CODES[record % CODES.length] : "H";
        day = 1 + record;
      }
      // GP journal records carry SNOMED CT concepts, which the GDPPR recency method maps.
      boolean journal = record % 2 == 0;
      EthnicityRecord result =
          EthnicityRecord.coded(
              key,
              Optional.of(LocalDate.of(2020, 1, day)),
              journal ? GP_JOURNAL : APC,
              journal && !code.equals("99") ? JournalMap.concept(code) : code,
              Records.kindOf(code));
      maxPersonSeen = person;
      produced++;
      record++;
      if (record == size(person)) {
        record = 0;
        person++;
      }
      return result;
    }
  }

  @Test
  void resolvesALargeLazyStreamOnePersonAtATime() {
    int persons = 50_001; // 1 to 7 records each: 200,004 records
    LazyRecords records = new LazyRecords(persons);
    Iterator<Resolution> resolutions =
        RECENCY.resolveEach(records, InputOrder.SORTED_BY_PERSON_KEY);
    int count = 0;
    long recordsConsidered = 0;
    while (resolutions.hasNext()) {
      Resolution r = resolutions.next();
      // Reading ahead is bounded: at most the first record of the next person has been read.
      assertThat(records.maxPersonSeen).isLessThanOrEqualTo(count + 1);
      assertThat(r.personKey()).isEqualTo(String.format("p%09d", count));
      assertThat(r.code()).contains(count % 3 == 0 ? "A" : "H");
      assertThat(r.recordsConsidered()).isEqualTo(LazyRecords.size(count));
      recordsConsidered += r.recordsConsidered();
      count++;
    }
    assertThat(count).isEqualTo(persons);
    assertThat(records.produced).isEqualTo(200_004L).isEqualTo(recordsConsidered);
  }

  @Test
  void resolvesALazyJavaStreamAndClosesItsSource() {
    LazyRecords records = new LazyRecords(20_000);
    AtomicBoolean closed = new AtomicBoolean();
    Stream<EthnicityRecord> source =
        StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
            .onClose(() -> closed.set(true));
    long withCode;
    try (Stream<Resolution> resolutions =
        RECENCY.resolveEach(source, InputOrder.GROUPED_BY_PERSON_KEY)) {
      withCode = resolutions.filter(r -> r.code().isPresent()).count();
    }
    assertThat(closed).isTrue();
    assertThat(withCode).isEqualTo(20_000);
    assertThat(records.produced)
        .isEqualTo(java.util.stream.IntStream.range(0, 20_000).map(LazyRecords::size).sum());
  }

  @Test
  void emitsOneResolutionPerPersonInOrder() {
    List<EthnicityRecord> records =
        List.of(
            rec("a", "2020-01-01", GP_JOURNAL, concept("A")),
            rec("a", "2021-01-01", OP, "N"),
            rec("b", "2020-01-01", GP_JOURNAL, concept("Z")),
            rec("c", null, GP_JOURNAL, concept("H")));
    List<Resolution> out = new ArrayList<>();
    RECENCY
        .resolveEach(records.iterator(), InputOrder.SORTED_BY_PERSON_KEY)
        .forEachRemaining(out::add);
    assertThat(out).extracting(Resolution::personKey).containsExactly("a", "b", "c");
    assertThat(out).extracting(r -> r.code().orElse("-")).containsExactly("N", "-", "H");
    assertThat(
            RECENCY
                .resolveEach(List.<EthnicityRecord>of().iterator(), InputOrder.SORTED_BY_PERSON_KEY)
                .hasNext())
        .isFalse();
    Iterator<Resolution> empty =
        RECENCY.resolveEach(
            List.<EthnicityRecord>of().iterator(), InputOrder.GROUPED_BY_PERSON_KEY);
    assertThatThrownBy(empty::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void groupedInputMayListPersonsInAnyOrder() {
    List<EthnicityRecord> records =
        List.of(
            rec("zed", "2020-01-01", APC, "A"),
            rec("amy", "2020-01-01", APC, "B"),
            rec("amy", "2020-01-02", APC, "C"));
    List<Resolution> out = new ArrayList<>();
    RECENCY
        .resolveEach(records.iterator(), InputOrder.GROUPED_BY_PERSON_KEY)
        .forEachRemaining(out::add);
    assertThat(out).extracting(r -> r.code().orElseThrow()).containsExactly("A", "C");
  }

  @Test
  void unsortedInputIsRejectedWithoutQuotingTheKeys() {
    Iterator<Resolution> it =
        RECENCY.resolveEach(
            List.of(
                    rec("secret-b", "2020-01-01", APC, "A"),
                    rec("secret-a", "2020-01-01", APC, "A"))
                .iterator(),
            InputOrder.SORTED_BY_PERSON_KEY);
    assertThatThrownBy(it::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted by person key")
        .hasMessageContaining("record 2")
        .hasMessageNotContaining("secret");
  }

  @Test
  void aKeyThatReappearsAfterAnotherPersonIsRejected() {
    // A, B, A: sorted input detects it at once
    List<EthnicityRecord> aba =
        List.of(
            rec("a", "2020-01-01", APC, "A"),
            rec("b", "2020-01-01", APC, "A"),
            rec("a", "2020-01-02", APC, "A"));
    Iterator<Resolution> sorted =
        RECENCY.resolveEach(aba.iterator(), InputOrder.SORTED_BY_PERSON_KEY);
    sorted.next();
    assertThatThrownBy(sorted::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record 3");
    // and grouped input within its window of recent persons
    Iterator<Resolution> grouped =
        RECENCY.resolveEach(aba.iterator(), InputOrder.GROUPED_BY_PERSON_KEY);
    grouped.next();
    assertThatThrownBy(grouped::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grouped by person key")
        .hasMessageContaining("record 3")
        .hasMessageNotContaining("\"a\"");
  }

  @Test
  void groupedInputDetectsAReappearanceOnlyWithinItsWindow() {
    int window = InputOrder.GROUPED_CHECK_WINDOW;
    List<EthnicityRecord> within = new ArrayList<>();
    List<EthnicityRecord> beyond = new ArrayList<>();
    within.add(record("first"));
    beyond.add(record("first"));
    for (int i = 0; i < window - 1; i++) {
      within.add(record("other-" + i));
    }
    for (int i = 0; i < window + 1; i++) {
      beyond.add(record("other-" + i));
    }
    within.add(record("first"));
    beyond.add(record("first"));
    assertThatThrownBy(() -> drain(within.iterator())).isInstanceOf(IllegalArgumentException.class);
    // Documented limit: beyond the window the person is resolved twice.
    assertThat(drain(beyond.iterator())).isEqualTo(window + 3);
  }

  @Test
  void aNullRecordIsReportedWithItsPosition() {
    Iterator<EthnicityRecord> withNull =
        Arrays.asList(rec("a", "2020-01-01", APC, "A"), null).iterator();
    Iterator<Resolution> it = RECENCY.resolveEach(withNull, InputOrder.SORTED_BY_PERSON_KEY);
    assertThatThrownBy(it::next)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("records element 2 is null");
  }

  private static EthnicityRecord record(String key) {
    return EthnicityRecord.coded(key, Optional.empty(), APC, "A", CategoryKind.SUBSTANTIVE);
  }

  private static int drain(Iterator<EthnicityRecord> records) {
    Iterator<Resolution> it = RECENCY.resolveEach(records, InputOrder.GROUPED_BY_PERSON_KEY);
    int n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }
}
