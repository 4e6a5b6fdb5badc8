package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loader runs only on a server with demo content, which no integration test starts: a service field left without
 * its injection (as a merge once did) would leave the demo half empty with nothing failing but a log line.
 */
class DemoContentLoaderWiringTest {

    @Test
    void everyFieldOfTheLoaderIsInjected() {
        List<String> notInjected = Arrays.stream(DemoContentLoader.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                .filter(f -> !f.isAnnotationPresent(Inject.class) && !f.isAnnotationPresent(Resource.class))
                .map(Field::getName).toList();
        assertEquals(List.of(), notInjected);
    }
}
