package fr.bocage.platform.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Gives every servlet declared with {@code @MultipartConfig} the configured upload limit
 * ({@code BOCAGE_UPLOAD_MAX_BYTES}), which an annotation cannot read: without it the container spooled a chunked
 * body of any size to disk before the servlet could count it (issue 12 #5). Beyond the limit the container's
 * {@code getPart} throws {@link IllegalStateException} after reading no more than the limit.
 */
@WebListener
public class MultipartLimits implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(MultipartLimits.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long maxFile = UploadLimitFilter.maxFileBytes();
        long maxRequest = UploadLimitFilter.maxRequestBytes();
        for (ServletRegistration registration : event.getServletContext().getServletRegistrations().values()) {
            MultipartConfig declared = multipartConfigOf(registration.getClassName());
            if (declared == null) {
                continue;
            }
            if (registration instanceof ServletRegistration.Dynamic dynamic) {
                dynamic.setMultipartConfig(new MultipartConfigElement(declared.location(), maxFile, maxRequest,
                        declared.fileSizeThreshold()));
            } else {
                LOG.warning(() -> registration.getName() + ": upload limit not applied to its multipart parts");
            }
        }
    }

    private static MultipartConfig multipartConfigOf(String className) {
        try {
            return className == null ? null
                    : Class.forName(className, false, MultipartLimits.class.getClassLoader())
                            .getAnnotation(MultipartConfig.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
