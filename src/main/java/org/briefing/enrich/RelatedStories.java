package org.briefing.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.briefing.model.Placement;

/**
 * For each story, the stories published closest to it that share a topic with it: half of them
 * newer, half older where the site has them, shown newest first. They put a story in the context
 * of its own days, and they keep an edit to one story from changing the page of every other story
 * on its topics. Worked out from placements in site order, each story's list when first asked for.
 */
public final class RelatedStories {
  private final List<Placement> stories;
  private final Map<String, int[]> byTopic = new HashMap<>();
  private final int limit;
  private final AtomicReferenceArray<int[]> found;

  /** @param stories the site's stories, newest first */
  public RelatedStories(List<Placement> stories, int limit) {
    this.stories = stories;
    this.limit = limit;
    this.found = new AtomicReferenceArray<>(stories.size());
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      for (String topic : stories.get(i).topics()) {
        List<Integer> list = lists.computeIfAbsent(topic, t -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    lists.forEach((topic, list) -> byTopic.put(topic, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The positions in site order of the stories related to the one at {@code self}, newest first. */
  public int[] positionsOf(int self) {
    int[] known = found.get(self);
    if (known == null) {
      known = find(self);
      found.set(self, known);
    }
    return known;
  }

  private int[] find(int self) {
    // the nearest candidates on each side from every topic: no more than the limit per side can be used
    TreeSet<Integer> newer = new TreeSet<>();
    TreeSet<Integer> older = new TreeSet<>();
    for (String topic : stories.get(self).topics()) {
      int[] list = byTopic.get(topic);
      if (list == null) {
        continue;
      }
      int at = Arrays.binarySearch(list, self);
      for (int k = at - 1, taken = 0; k >= 0 && taken < limit; k--, taken++) {
        newer.add(list[k]);
      }
      for (int k = at + 1, taken = 0; k < list.length && taken < limit; k++, taken++) {
        older.add(list[k]);
      }
    }
    int fromNewer = Math.min(newer.size(), Math.max(limit / 2, limit - older.size()));
    int fromOlder = Math.min(older.size(), limit - fromNewer);
    return java.util.stream.IntStream.concat(newer.descendingSet().stream().limit(fromNewer).sorted().mapToInt(Integer::intValue),
        older.stream().limit(fromOlder).mapToInt(Integer::intValue)).toArray();
  }
}
