package fr.bocage.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON in the order the records declare their fields (id first…), not alphabetical: easier to read by a person. */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.ANY));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
