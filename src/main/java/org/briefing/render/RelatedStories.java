package org.briefing.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.briefing.model.Article;

/**
 * For each story, the stories published closest to it that share a topic with it: half of them
 * newer, half older where the site has them, shown newest first. They put a story in the context
 * of its own days, and they keep an edit to one story from changing the page of every other story
 * on its topics.
 */
final class RelatedStories {
  private final List<Article> articles;
  private final Map<Article, Integer> position = new IdentityHashMap<>();
  private final Map<String, int[]> byTopic = new HashMap<>();
  private final int limit;

  /** @param articles the site's stories, newest first */
  RelatedStories(List<Article> articles, int limit) {
    this.articles = articles;
    this.limit = limit;
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i), i);
      for (String topic : articles.get(i).topics()) {
        List<Integer> list = lists.computeIfAbsent(topic, t -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    lists.forEach((topic, list) -> byTopic.put(topic, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Up to {@code limit} other stories sharing a topic with {@code a}, nearest in site order, newest first. */
  List<Article> of(Article a) {
    Integer self = position.get(a);
    if (self == null) {
      return List.of();
    }
    // the nearest candidates on each side from every topic: no more than the limit per side can be used
    TreeSet<Integer> newer = new TreeSet<>();
    TreeSet<Integer> older = new TreeSet<>();
    for (String topic : a.topics()) {
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
    List<Article> out = new ArrayList<>(fromNewer + fromOlder);
    newer.descendingSet().stream().limit(fromNewer).sorted().forEach(i -> out.add(articles.get(i)));
    older.stream().limit(fromOlder).forEach(i -> out.add(articles.get(i)));
    return List.copyOf(out);
  }
}
