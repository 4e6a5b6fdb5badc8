package fr.bocage.admin;

import com.sun.management.OperatingSystemMXBean;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import fr.bocage.search.SearchEngine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class StatusResource {

    @Inject
    ResourceRepository resources;

    @Inject
    SearchEngine search;

    /** @param processCpuNanos the server process's CPU time so far, all threads (-1 if the JVM cannot tell) */
    public record Status(long resources, Map<String, Long> resourcesByStatus, int indexedDocuments,
            long heapUsedBytes, long heapMaxBytes, long processCpuNanos) {
    }

    @GET
    @Operation(summary = "État du serveur : ressources, index, mémoire")
    public Status status() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        resources.countByStatus().forEach((s, n) -> byStatus.put(ApiNames.of(s), n));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        try {
            return new Status(resources.count(), byStatus, search.index().count(), heap.getUsed(), heap.getMax(),
                    ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                            ? os.getProcessCpuTime() : -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
