package fr.bocage.account;

/** The short page that tells what happened: {@code notice} prefixes its bundle keys and picks what it offers next. */
public record NoticePage(String notice) {
}
