package org.briefing.model;

import java.time.LocalDate;

/**
 * A story a build left out, a draft or one dated after the build, by what an edition file may
 * list it under before it is published: its slug, and the day of its edition ({@code edition:},
 * else its date), with the address it will have ({@code path}, "2021/10/20/slug/") and whether a
 * {@code draft} holds it (else its date does), so that a link to it can be told apart.
 */
public record WaitingStory(String slug, LocalDate day, String path, boolean draft) {}
