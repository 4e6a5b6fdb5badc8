package fr.bocage.platform.rest;

import fr.bocage.platform.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@DeclareRoles({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@OpenAPIDefinition(info = @Info(title = "Bocage API", version = "1",
        description = "Centre de ressources : dépôt, extraction, recherche et consultation des ressources."))
@SecurityScheme(securitySchemeName = BocageApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
public class BocageApplication extends Application {
    public static final String BASIC_AUTH = "basicAuth";
}
