package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void threadsThatNumberTheSameStringsAtOnceGetOneNumberEachInOrderFromZero() throws Exception {
    Vocabulary vocabulary = new Vocabulary();
    int threads = 4;
    int strings = 5_000;
    Set<String> seen = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < strings; i++) {
          // each thread takes the strings in another order, past the first array's size
          String s = "w" + (i * (offset + 1) + offset) % strings;
          int id = vocabulary.id(s);
          assertThat(vocabulary.string(id)).isEqualTo(s);
          seen.add(s);
        }
      });
      running.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : running) {
      thread.join();
    }
    assertThat(vocabulary.size()).isEqualTo(seen.size());
    Set<Integer> ids = new HashSet<>();
    for (String s : seen) {
      ids.add(vocabulary.id(s));
    }
    assertThat(ids).hasSize(seen.size()).allMatch(id -> id >= 0 && id < seen.size());
    assertThat(vocabulary.size()).as("asking again adds nothing").isEqualTo(seen.size());
  }

  @Test
  void aVocabularyMadeFromATableNumbersItsStringsInTheTablesOrderAndGoesOnFromThere() {
    Vocabulary vocabulary = new Vocabulary(new String[] {"talk", "grain", "défense"});
    assertThat(vocabulary.id("grain")).isEqualTo(1);
    assertThat(vocabulary.string(2)).isEqualTo("défense");
    assertThat(vocabulary.id("sofia")).isEqualTo(3);
    assertThat(vocabulary.strings(4)).containsExactly("talk", "grain", "défense", "sofia");
    assertThatThrownBy(() -> new Vocabulary(new String[] {"a", "b", "a"})).isInstanceOf(IllegalArgumentException.class);
  }
}
