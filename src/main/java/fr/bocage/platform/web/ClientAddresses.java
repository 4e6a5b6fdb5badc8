package fr.bocage.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address as the login and e-mail limits count it. Behind a reverse proxy every request comes from
 * the proxy, so that everybody would share one count: the proxies listed in {@code BOCAGE_TRUSTED_PROXIES}
 * (addresses or CIDR ranges, comma-separated; none by default) are believed when they say, in {@code Forwarded} or
 * {@code X-Forwarded-For}, whom they forward for. The chain is read from the right, skipping trusted proxies: the
 * first other address is the client's, since whatever lies to its left the client wrote itself. Without trusted
 * proxies these headers are ignored, or anyone could choose their own key.
 *
 * <p>An IPv6 client counts by its /64 network: one subscriber usually holds a whole /64, and would otherwise have
 * 2^64 keys to spread guesses over.
 */
@ApplicationScoped
public class ClientAddresses {
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)(?:^|[;,\\s])for=\"?([^\";,]+)\"?");
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private List<Network> trusted = List.of();

    @Inject
    void configure(@ConfigProperty(name = "bocage.trusted-proxies") Optional<String> proxies) {
        trusted = parse(proxies.orElse(""));
    }

    /** For tests: trusting these proxies. */
    public static ClientAddresses trusting(String proxies) {
        ClientAddresses addresses = new ClientAddresses();
        addresses.trusted = parse(proxies);
        return addresses;
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("Forwarded")),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String remote, List<String> forwarded, List<String> forwardedFor) {
        String client = remote;
        if (isTrusted(remote)) {
            List<String> chain = new ArrayList<>();
            if (!forwarded.isEmpty()) {
                forwarded.forEach(value -> {
                    Matcher matcher = FORWARDED_FOR.matcher(value);
                    while (matcher.find()) {
                        chain.add(matcher.group(1));
                    }
                });
            } else {
                forwardedFor.forEach(value -> {
                    for (String hop : value.split(",")) {
                        chain.add(hop);
                    }
                });
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(chain.get(i));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get().getHostAddress();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(n -> n.contains(parsed.get()));
    }

    /** IPv4 as it is; IPv6 reduced to its /64. */
    static String key(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty() || parsed.get().getAddress().length == 4) {
            return address;
        }
        byte[] bytes = parsed.get().getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** An IP literal, never a name to look up; "[v6]:port", "v4:port" and "v6%zone" are read too. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':'));
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (value.isEmpty() || !LITERAL.matcher(value).matches() || (!value.contains(":") && !isDottedQuad(value))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String value) {
        return value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static List<Network> parse(String proxies) {
        List<Network> networks = new ArrayList<>();
        for (String entry : proxies.split(",")) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            int slash = value.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? value : value.substring(0, slash));
            if (address.isEmpty()) {
                throw new IllegalArgumentException("BOCAGE_TRUSTED_PROXIES: not an address or CIDR range: " + entry);
            }
            int bits = address.get().getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("BOCAGE_TRUSTED_PROXIES: bad prefix length in " + entry);
            }
            networks.add(new Network(address.get().getAddress(), prefix));
        }
        return List.copyOf(networks);
    }

    private record Network(byte[] address, int prefix) {
        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
