package fr.bocage.platform;

import java.util.List;

/** The JSON body of every error answer. */
public record ApiError(int status, String error, String message, String location, List<String> details) {
}
