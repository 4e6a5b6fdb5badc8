package fr.bocage.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.jsp.JspFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets a view write {@code ${page.title}} for a record's {@code title()}: Expression Language 5.0 (Jakarta EE 10)
 * reads only JavaBeans getters; 6.0 adds records. Reads only, and only public records' components, so it answers
 * nothing a getter would not. A record's own JavaBeans getter, when it has one, still answers (by the bean resolver)
 * so that a view reads the same value whichever way the record was written.
 */
public final class RecordElResolver extends ELResolver {

    @WebListener
    public static final class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            JspFactory.getDefaultFactory().getJspApplicationContext(event.getServletContext())
                    .addELResolver(new RecordElResolver());
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component != null) {
            context.setPropertyResolved(base, property);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(String.valueOf(property));
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static RecordComponent component(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)
                || !java.lang.reflect.Modifier.isPublic(base.getClass().getModifiers())) {
            return null;
        }
        String capitalised = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (java.lang.reflect.Method method : base.getClass().getMethods()) {
            if (method.getParameterCount() == 0
                    && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised))) {
                return null;
            }
        }
        for (RecordComponent component : base.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }
}
