package fr.bocage.platform.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The JSON body of every error answer. */
@JsonbPropertyOrder({"status", "error", "message", "location", "details"})
public record ApiError(int status, String error, String message, String location, List<String> details) {
}
