package org.briefing.model;

import java.time.LocalDate;

/**
 * A story a build left out, a draft or one dated after the build, by what an edition file may
 * list it under before it is published: its slug, and the day of its edition ({@code edition:},
 * else its date).
 */
public record WaitingStory(String slug, LocalDate day) {}
