package fr.bocage.portal.form;

import fr.bocage.catalog.MetadataFields;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ReportInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the contribution and moderation pages share: who asks, reading metadata fields, and showing a refusal. */
public final class PortalForms {
    private static final Pattern API_RESOURCE = Pattern.compile("/api/resources/(\\d{1,18})");

    private PortalForms() {
    }

    /** The signed-in person as the catalog's rules see them; anonymous when nobody is signed in. */
    public static Caller caller(HttpServletRequest request) {
        return Caller.of(request.getUserPrincipal(), request::isUserInRole);
    }

    /**
     * The resource of a page, if the visitor may see it (the one access decision, {@code ResourceRepository.visibleTo});
     * otherwise the page's 404, or 410 once withdrawn, has been sent.
     */
    public static Optional<Resource> shown(Optional<Long> id, ResourceRepository resources, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        try {
            return Optional.of(resources.visibleTo(id.get(), caller(request)));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return Optional.empty();
        }
    }

    /** The id at the end of a path such as /mon-espace/ressources/12; nothing for any other path. */
    public static Optional<Long> id(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(path.substring(1)));
    }

    /**
     * The file of a multipart form's {@code file} field, staged; the caller closes it. A declared length beyond the
     * limit is refused before the container reads the body (browsers always declare the length of a form).
     */
    public static StagedFile stagedFile(HttpServletRequest request, ContentStore contents, long maxBytes)
            throws IOException, ServletException {
        ContentStore.checkDeclaredLength(request.getContentLengthLong(), maxBytes);
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException e) {
            // The container's limit (MultipartLimits) stopped a body sent without its length.
            throw ContentStore.tooLarge(maxBytes);
        }
        if (file == null || file.getSize() == 0) {
            String missing = Messages.get("contribution.file.missing");
            throw new InvalidInput(InvalidInput.Reason.INVALID, missing, Map.of("file", missing));
        }
        try (InputStream in = file.getInputStream()) {
            return contents.stage(in, file.getSubmittedFileName(), maxBytes);
        }
    }

    /**
     * The resource of the path, if {@code shown} lets the caller reach it on this page; otherwise a 404 is sent
     * (an unknown resource and one the caller may not see answer alike) and nothing is returned.
     */
    public static Optional<Resource> pathResource(HttpServletRequest request, HttpServletResponse response,
            ResourceRepository resources, Predicate<Resource> shown) throws IOException {
        Optional<Resource> resource = id(request).flatMap(resources::find).filter(shown);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return resource;
    }

    /** Saves the description typed in a posted form, and the sections of a report written on line. */
    public static void saveDescription(Resource resource, HttpServletRequest request, ResourceService service,
            Validator validator) {
        String actor = request.getUserPrincipal().getName();
        if (resource.getReport() != null) {
            service.rewriteReport(resource.getId(), new ReportInput(metadata(request, validator),
                    valid(ReportForm.read(request), validator)), actor);
        } else {
            service.describe(resource.getId(), metadata(request, validator), actor);
        }
    }

    /** The metadata fields of a posted form, validated like the API's. */
    public static MetadataInput metadata(HttpServletRequest request, Validator validator) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String name : MetadataFields.NAMES) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                fields.put(name, Arrays.stream(values).filter(v -> !v.isBlank()).toList());
            }
        }
        return valid(MetadataFields.read(fields), validator);
    }

    /** The value, if its constraints hold; the violations otherwise, in French. */
    public static <T> T valid(T value, Validator validator) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /**
     * What a form page of the description's fields says of a refusal; see {@link #refusal(RuntimeException,
     * HttpServletResponse, FormFields)}.
     */
    public static FormFeedback refusal(RuntimeException refusal, HttpServletResponse response) {
        return refusal(refusal, response, FormFields.METADATA);
    }

    /**
     * What a form page says of a refusal, in French, with the status the API would have answered set on the
     * response: a validation error, or an input error that names its fields, becomes each field's message under the
     * form's names; a duplicate the caller may see links to it. Anything but a domain or validation error goes on up.
     */
    public static FormFeedback refusal(RuntimeException refusal, HttpServletResponse response, FormFields fields) {
        if (refusal instanceof InvalidInput invalid && !invalid.fields().isEmpty()) {
            response.setStatus(ErrorStatus.of(invalid));
            return FormFeedback.fields(FormErrors.ordered(invalid.fields(), fields.naming(), fields.order()));
        } else if (refusal instanceof Conflict conflict && conflict.location().isPresent()) {
            response.setStatus(ErrorStatus.of(conflict));
            return new FormFeedback(conflict.getMessage(), null, null, Map.of(),
                    pageOf(conflict.location().get()));
        } else if (refusal instanceof DomainException api) {
            response.setStatus(ErrorStatus.of(api));
            return FormFeedback.message(api.getMessage());
        } else if (refusal instanceof ConstraintViolationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return FormFeedback.fields(FormErrors.of(invalid.getConstraintViolations(), fields.naming(),
                    fields.order()));
        }
        throw refusal;
    }

    /** The portal's page of an API location, /ressources/12 for /api/resources/12; null for any other. */
    private static String pageOf(URI location) {
        Matcher resource = API_RESOURCE.matcher(location.getPath() == null ? "" : location.getPath());
        return resource.matches() ? Routes.resource(Long.parseLong(resource.group(1))) : null;
    }
}
