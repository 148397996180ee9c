package org.briefing.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Article;

/**
 * For each story, the first few other stories of the site (newest first) that share a topic with
 * it. Looking them up through each topic's list of stories costs a few steps per story, where
 * walking the whole site for every story would cost a pass over the site each.
 */
final class RelatedStories {
  private final List<Article> articles;
  private final Map<Article, Integer> position = new IdentityHashMap<>();
  private final Map<String, int[]> byTopic = new HashMap<>();
  private final int limit;

  /** @param articles the site's stories in the order related stories are taken, newest first */
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

  /** Up to {@code limit} stories other than {@code a} that share a topic with it, in site order. */
  List<Article> of(Article a) {
    Integer self = position.get(a);
    List<int[]> lists = new ArrayList<>();
    for (String topic : a.topics()) {
      int[] list = byTopic.get(topic);
      if (list != null) {
        lists.add(list);
      }
    }
    int[] next = new int[lists.size()];
    List<Article> out = new ArrayList<>(limit);
    int last = -1;
    while (out.size() < limit) {
      // the lowest position not yet taken across the topic lists: a merge of sorted lists
      int best = Integer.MAX_VALUE;
      for (int k = 0; k < lists.size(); k++) {
        int[] list = lists.get(k);
        while (next[k] < list.length && list[next[k]] <= last) {
          next[k]++;
        }
        if (next[k] < list.length) {
          best = Math.min(best, list[next[k]]);
        }
      }
      if (best == Integer.MAX_VALUE) {
        break;
      }
      last = best;
      if (self == null || best != self) {
        out.add(articles.get(best));
      }
    }
    return List.copyOf(out);
  }
}
