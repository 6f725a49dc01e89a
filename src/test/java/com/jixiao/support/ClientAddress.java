package com.jixiao.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request from a given client address. Sign-in is throttled per address (LoginAttempts), so tests that
 * fail sign-ins on purpose use an address of their own and leave 127.0.0.1 to every other test.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
